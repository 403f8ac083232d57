# SPDX-License-Identifier: GPL-3.0-or-later
"""Make the app's table of letter dates from the Unicode CLDR, as Babel ships it.

    pip install babel   # at development time only: the app never imports it
    python scripts/build_dates.py [OUT_DIR]

Default OUT_DIR: resources/dates/. Writes dates.json, copies CLDR's licence (Unicode
License v3) beside it and writes the NOTICE. For every CLDR locale a letter's language
code can name (xx, xxx, or one of them with a script or region: pt-pt, sr-latn, es-419),
it keeps the long date format, rewritten for str.format, and the month names in the form
that format needs (CLDR's format context: the genitive where a language uses it, as in
ru, pl, el). A locale whose entry is its base language's is left out (the app falls back
to the base language). Before writing, every entry is checked against Babel's own
format_date, through the app's formatter (composer/templates/dates.py).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from babel import Locale, __version__, dates, localedata  # noqa: E402
from babel.core import get_cldr_version  # noqa: E402

from composer.templates.dates import ASCII_DIGITS, format_date  # noqa: E402

# The language codes campaign bundles use (composer/addresses.py's is_language).
SHAPE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]{2,8})?")
# The app's "en" is international English (letters go to embassies and ministries
# everywhere); CLDR's "en" is American English, which stays as "en-us".
CLDR_LOCALE = {"en": "en_001", "en-us": "en"}
# Where the app writes a language's letter dates differently from CLDR, and why: for a
# base language, CLDR's pattern -> the app's (its variants with the same pattern too).
OVERRIDES: dict[str, dict[str, str]] = {
    # CLDR abbreviates the year ("2026 ж. 27 қараша"); a formal letter writes it in full.
    "kk": {"y\u202f'ж'. d MMMM": "y 'жылғы' d MMMM"},
}
# French typography writes the first day of a month as an ordinal: 1er novembre.
FIRST_DAY = {"fr": "1er"}
# The digits of the numbering systems CLDR names as some locales' default (Babel has
# their names, not their digits); Unicode names each system's zero.
ZERO = {
    "arab": "ARABIC-INDIC DIGIT ZERO",
    "arabext": "EXTENDED ARABIC-INDIC DIGIT ZERO",
    "beng": "BENGALI DIGIT ZERO",
    "deva": "DEVANAGARI DIGIT ZERO",
    "mymr": "MYANMAR DIGIT ZERO",
    "tibt": "TIBETAN DIGIT ZERO",
    "adlm": "ADLAM DIGIT ZERO",
    "nkoo": "NKO DIGIT ZERO",
    "olck": "OL CHIKI DIGIT ZERO",
    "cakm": "CHAKMA DIGIT ZERO",
    "mtei": "MEETEI MAYEK DIGIT ZERO",
    "hmnp": "NYIAKENG PUACHUE HMONG DIGIT ZERO",
}
# CLDR keeps a number and its abbreviation together with a narrow no-break space
# (2026\u202fг.); the table uses the plain no-break space, which says the same and which
# the legacy code pages a recipient's mail system may still convert to (cp1251, KOI8-R,
# ISO 8859) and every letter font have.
SPACES = str.maketrans({"\u202f": "\u00a0"})
FIELD = re.compile(r"'((?:[^']|'')*)'|(([A-Za-z])\3*)|([^'A-Za-z]+)")
NUMBERS = {"d": "{d}", "dd": "{dd}", "M": "{M}", "y": "{y}"}
# Month names: (CLDR context, width) for each field that spells the month.
MONTHS = {
    "MMMM": ("format", "wide"),
    "MMM": ("format", "abbreviated"),
    "LLLL": ("stand-alone", "wide"),
    "LLL": ("stand-alone", "abbreviated"),
}
SAMPLE_DAYS = (1, 2, 9, 10, 27, 31)


def template(pattern: str) -> tuple[str, str | None, bool]:
    """A CLDR date pattern as a str.format template, the month field it spells (if any)
    and whether it writes the era. SystemExit on a field the app cannot write."""
    out, month, era = [], None, False
    for m in FIELD.finditer(pattern):
        quoted, field, _, text = m.groups()
        if quoted is not None:
            literal = quoted.replace("''", "'") if quoted else "'"
        elif text is not None:
            literal = text
        else:
            literal = ""
        if literal:
            out.append(literal.translate(SPACES).replace("{", "{{").replace("}", "}}"))
            continue
        if field in NUMBERS:
            out.append(NUMBERS[field])
        elif field in MONTHS:
            month = field
            out.append("{month}")
        elif field in ("G", "GG", "GGG"):
            era = True
            out.append("{era}")
        else:
            sys.exit(f"the pattern {pattern!r} has a field this script cannot write: {field}")
    return "".join(out), month, era


def entry_for(cldr: str, key: str) -> dict[str, object] | None:
    """The table entry for one CLDR locale; None when CLDR has no month names of its own
    for it (the root's M01, M02...: a locale with little data yet)."""
    locale = Locale.parse(cldr)
    if locale.months["format"]["wide"][1] == "M01":
        return None
    base = key.split("-")[0]
    pattern = locale.date_formats["long"].pattern
    text, month, era = template(OVERRIDES.get(base, {}).get(pattern, pattern))
    entry: dict[str, object] = {"pattern": text}
    if month:
        context, width = MONTHS[month]
        names = locale.months[context][width]
        entry["months"] = [names[i].translate(SPACES) for i in range(1, 13)]
    if era:
        entry["era"] = locale.eras["abbreviated"][1].translate(SPACES)
    system = locale.default_numbering_system
    if system != "latn":
        if system not in ZERO:
            sys.exit(f"{cldr}: unknown numbering system {system}: add its zero to ZERO")
        zero = ord(unicodedata.lookup(ZERO[system]))
        entry["digits"] = "".join(chr(zero + i) for i in range(10))
    if base in FIRST_DAY:
        entry["first"] = FIRST_DAY[base]
    return entry


def check(key: str, cldr: str, entry: dict[str, object]) -> None:
    """The app's formatter gives what Babel gives (in the locale's digits), except where
    this script overrides CLDR on purpose."""
    base = key.split("-")[0]
    overridden = Locale.parse(cldr).date_formats["long"].pattern in OVERRIDES.get(base, {})
    native = str.maketrans(ASCII_DIGITS, str(entry.get("digits", ASCII_DIGITS)))
    for year in (2026, 2031):
        for month in range(1, 13):
            for day in SAMPLE_DAYS:
                try:
                    date = dt.date(year, month, day)
                except ValueError:
                    continue
                ours = format_date(date, entry)
                if overridden or (base in FIRST_DAY and day == 1):
                    continue
                theirs = dates.format_date(date, "long", locale=cldr)
                theirs = theirs.translate(native).translate(SPACES)
                if ours != theirs:
                    sys.exit(f"{key} ({cldr}): {ours!r} but Babel writes {theirs!r}")


def build() -> dict[str, object]:
    entries: dict[str, dict[str, object]] = {}
    for cldr in sorted(localedata.locale_identifiers()):
        if not SHAPE.fullmatch(cldr) or cldr == "en_001":
            continue
        key = cldr.lower().replace("_", "-")
        key = "en-us" if key == "en" else key
        entry = entry_for(CLDR_LOCALE.get(key, cldr), key)
        if entry is not None:
            check(key, CLDR_LOCALE.get(key, cldr), entry)
            entries[key] = entry
    entries["en"] = entry_for(CLDR_LOCALE["en"], "en")  # type: ignore[assignment]
    check("en", CLDR_LOCALE["en"], entries["en"])
    # A variant written as its base language writes it needs no entry of its own.
    kept = {
        key: entry
        for key, entry in entries.items()
        if "-" not in key or entries.get(key.split("-")[0]) != entry
    }
    return {
        "source": f"Unicode CLDR {get_cldr_version()} (via Babel {__version__}), "
        "Unicode License v3; see NOTICE",
        "locales": dict(sorted(kept.items())),
    }


def dump(table: dict[str, object]) -> str:
    """JSON with one locale per line: small, and a change reads as a small diff."""
    locales: dict[str, object] = table["locales"]  # type: ignore[assignment]
    lines = [
        json.dumps(key, ensure_ascii=False)
        + ":"
        + json.dumps(entry, ensure_ascii=False, separators=(",", ":"))
        for key, entry in locales.items()
    ]
    head = json.dumps(table["source"], ensure_ascii=False)
    return '{"source":' + head + ',"locales":{\n' + ",\n".join(lines) + "\n}}\n"


NOTICE = """\
dates.json is derived from the Unicode Common Locale Data Repository (CLDR,
https://cldr.unicode.org/), as shipped by Babel, by scripts/build_dates.py: each
language's long date format and month names. CLDR is licensed under the Unicode License
v3 (LICENSE.unicode beside this file). Copyright © Unicode, Inc.

Changed from CLDR on purpose: "en" is CLDR's international English (en-001; CLDR's en is
kept as en-us); a narrow no-break space (U+202F) is written as a no-break space
(U+00A0); Kazakh writes the year in full ("2026 жылғы 27 қараша", CLDR
"2026 ж. 27 қараша"); French writes the first day of a month "1er".
"""


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "resources" / "dates"
    out.mkdir(parents=True, exist_ok=True)
    table = build()
    text = dump(table)
    assert json.loads(text) == table
    (out / "dates.json").write_text(text, "utf-8")
    licence = Path(localedata.__file__).parent / "locale-data" / "LICENSE.unicode"
    shutil.copyfile(licence, out / "LICENSE.unicode")
    (out / "NOTICE").write_text(NOTICE, "utf-8")
    locales: dict[str, object] = table["locales"]  # type: ignore[assignment]
    print(f"{len(locales)} languages, {len(text.encode())} bytes -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
