# SPDX-License-Identifier: GPL-3.0-or-later
"""Letter dates from the CLDR table in resources/dates/ (made by scripts/build_dates.py at
development time): the table's shape, the languages it covers, and what it writes,
compared with dates as those languages write them."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from composer.templates.dates import (
    date_format,
    date_languages,
    format_date,
    letter_date,
    table_path,
)

from ..conftest import ROOT

DAY = dt.date(2026, 11, 27)
NEW_YEAR = dt.date(2026, 1, 1)
NBSP = "\u00a0"
PLACEHOLDERS = {"d", "dd", "M", "y", "month", "era"}

# Written by hand from each language's usage, not from the table.
KNOWN = [
    ("en", DAY, "27 November 2026"),
    ("en", NEW_YEAR, "1 January 2026"),
    ("en-us", DAY, "November 27, 2026"),
    ("en-gb", DAY, "27 November 2026"),
    ("fr", DAY, "27 novembre 2026"),
    ("fr", NEW_YEAR, "1er janvier 2026"),
    ("fr-ca", dt.date(2026, 5, 1), "1er mai 2026"),
    ("nl", DAY, "27 november 2026"),
    ("de", DAY, "27. November 2026"),
    ("de", dt.date(2026, 3, 1), "1. März 2026"),
    ("de-at", NEW_YEAR, "1. Jänner 2026"),
    ("es", DAY, "27 de noviembre de 2026"),
    ("es-mx", DAY, "27 de noviembre de 2026"),
    ("ru", DAY, f"27 ноября 2026{NBSP}г."),  # genitive; "г." never alone on a line
    ("ru", dt.date(2026, 3, 8), f"8 марта 2026{NBSP}г."),
    ("kk", DAY, "2026 жылғы 27 қараша"),
    ("kk", NEW_YEAR, "2026 жылғы 1 қаңтар"),
    ("pt", DAY, "27 de novembro de 2026"),
    ("it", DAY, "27 novembre 2026"),
    ("pl", DAY, "27 listopada 2026"),  # genitive
    ("cs", DAY, "27. listopadu 2026"),
    ("uk", DAY, f"27 листопада 2026{NBSP}р."),
    ("el", DAY, "27 Νοεμβρίου 2026"),
    ("tr", DAY, "27 Kasım 2026"),
    ("fi", DAY, "27. marraskuuta 2026"),
    ("hu", DAY, "2026. november 27."),
    ("ar", DAY, "27 نوفمبر 2026"),
    ("ar-eg", DAY, "٢٧ نوفمبر ٢٠٢٦"),  # Egypt writes Arabic-Indic digits
    ("fa", DAY, "۲۷ نوامبر ۲۰۲۶"),
    ("zh", DAY, "2026年11月27日"),
    ("ja", DAY, "2026年11月27日"),
    ("ko", DAY, "2026년 11월 27일"),
]


@pytest.mark.parametrize(("lang", "day", "expected"), KNOWN)
def test_dates_as_each_language_writes_them(lang: str, day: dt.date, expected: str) -> None:
    assert letter_date(day, lang) == expected


def test_the_table_covers_the_usual_letter_languages() -> None:
    langs = set(date_languages())
    wanted = "en fr de es ru kk nl pt ar zh tr it pl uk uz ky ja ko fa he hi el sv cs"
    assert set(wanted.split()) <= langs
    assert len(langs) > 300  # every language CLDR has month names for


def test_unknown_codes_fall_back_to_the_base_language_then_iso() -> None:
    assert letter_date(DAY, "pt-br") == letter_date(DAY, "pt") == "27 de novembro de 2026"
    assert letter_date(DAY, "pt-BR") == letter_date(DAY, "pt_BR") == letter_date(DAY, "pt")
    assert letter_date(DAY, "zh-tw") == "2026年11月27日"
    assert letter_date(DAY, "kk-kz") == "2026 жылғы 27 қараша"
    assert letter_date(DAY, "de-ch-1996") == "27. November 2026"
    for unknown in ("xx", "qqq-zz", "", "-", 'en":{', "e n"):
        assert letter_date(DAY, unknown) == "2026-11-27", unknown


def test_the_table_has_its_shape() -> None:
    """Every entry writes a date: a str.format pattern with only the known fields, twelve
    month names when it spells the month, ten digits when it has its own."""
    text = table_path().read_text("utf-8")
    table = json.loads(text)
    assert table["source"].startswith("Unicode CLDR ") and "Unicode License v3" in table["source"]
    locales = table["locales"]
    assert list(locales) == sorted(locales)
    for key, entry in locales.items():
        assert re.fullmatch(r"[a-z]{2,3}(-[a-z0-9]{2,8})?", key), key
        assert set(entry) <= {"pattern", "months", "era", "digits", "first"}, key
        fields = {m.group(1) for m in re.finditer(r"(?<!\{)\{(\w+)\}", entry["pattern"])}
        assert fields <= PLACEHOLDERS and {"d", "dd"} & fields and "y" in fields, key
        assert ("month" in fields) == ("months" in entry), key
        if "months" in entry:
            months = entry["months"]
            assert len(months) == 12 and len(set(months)) == 12, key
            assert all(m.strip() and "{" not in m for m in months), key
        if "digits" in entry:
            digits = entry["digits"]
            assert len(digits) == 10 and all(d.isdigit() for d in digits), key
        assert "\u202f" not in json.dumps(entry, ensure_ascii=False), key
        for month in range(1, 13):
            written = format_date(dt.date(2031, month, 28), entry)
            assert written.strip() and "{" not in written and "}" not in written, key
        # A variant is kept only where it writes dates unlike its base language.
        base = key.split("-")[0]
        assert "-" not in key or locales.get(base) != entry, key
    # One language per line: how composer/templates/dates.py reads only the line it needs.
    lines = text.splitlines()
    assert len(lines) == len(locales) + 2
    for key in locales:
        assert date_format(key) == locales[key]


def test_the_table_is_small() -> None:
    assert table_path().stat().st_size < 200_000


def test_the_cldr_licence_ships_beside_the_table() -> None:
    here = table_path().parent
    notice = (here / "NOTICE").read_text("utf-8")
    assert "Unicode Common Locale Data Repository" in notice and "LICENSE.unicode" in notice
    licence = (here / "LICENSE.unicode").read_text("utf-8")
    assert licence.startswith("UNICODE LICENSE V3")
    assert "SPDX-License-Identifier: Unicode-3.0" in licence
    assert "scripts/build_dates.py" in notice


def test_the_app_never_imports_babel() -> None:
    """Babel only makes the table, at development time."""
    for folder in ("composer", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            assert not re.search(r"^\s*(from|import)\s+babel\b", path.read_text(), re.M), path
