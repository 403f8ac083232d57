# SPDX-License-Identifier: GPL-3.0-or-later
"""Make the app's table of language names in each interface language, from the Unicode
CLDR as Babel ships it.

    pip install babel   # at development time only: the app never imports it
    python scripts/build_language_names.py [OUT_DIR]

Default OUT_DIR: resources/languages/. Writes names.json, copies CLDR's licence (Unicode
License v3) beside it and writes the NOTICE. For each interface language (ui/i18n.py's
UI_LANGUAGES), the name CLDR gives every language a campaign's letter or appeal can be
in: each base language CLDR has a locale for, and the regional or script variants CLDR
names (pt-br, sr-latn, es-419). Names are as CLDR writes them in running text (French
"anglais", Russian "английский"); one interface language per line, so the app reads only
the line it needs (composer/campaigns/languages.py).
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

from babel import Locale, __version__, localedata
from babel.core import get_cldr_version

UI_LANGUAGES = ("en", "fr", "nl", "de", "es", "ru", "kk")  # as ui/i18n.py
CLDR_LOCALE = {"en": "en_001"}  # the app's English is international English
SHAPE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]{2,8})?")


def main(out: Path) -> None:
    bases = {i.split("_")[0] for i in localedata.locale_identifiers()}
    table: dict[str, dict[str, str]] = {}
    for lang in UI_LANGUAGES:
        names = Locale.parse(CLDR_LOCALE.get(lang, lang)).languages
        table[lang] = {
            code.lower().replace("_", "-"): name
            for code, name in sorted(names.items())
            if SHAPE.fullmatch(code) and code.split("_")[0] in bases
        }
    out.mkdir(parents=True, exist_ok=True)
    lines = [
        f"{json.dumps(lang)}: {json.dumps(table[lang], ensure_ascii=False, sort_keys=True)}"
        for lang in UI_LANGUAGES
    ]
    text = "{\n" + ",\n".join(lines) + "\n}\n"
    (out / "names.json").write_text(text, encoding="utf-8")
    shutil.copy(Path(__file__).resolve().parent.parent / "resources/dates/LICENSE.unicode", out)
    (out / "NOTICE").write_text(
        "names.json is derived from the Unicode Common Locale Data Repository (CLDR,\n"
        f"https://cldr.unicode.org/; CLDR {get_cldr_version()}, Babel {__version__}), by\n"
        "scripts/build_language_names.py: the names of languages in each interface\n"
        "language. CLDR is licensed under the Unicode License v3 (LICENSE.unicode beside\n"
        "this file). Copyright © Unicode, Inc.\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else root / "resources" / "languages")
