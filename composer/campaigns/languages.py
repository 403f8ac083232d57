# SPDX-License-Identifier: GPL-3.0-or-later
"""Language names: as their speakers write them (native_name: for the menu of interface
languages, where each reader looks for their own), and in the reader's language
(language_name: everywhere else, from CLDR, see resources/languages/)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from composer.paths import resources_dir

NATIVE_NAMES = {
    "en": "English",
    "fr": "Français",
    "nl": "Nederlands",
    "de": "Deutsch",
    "es": "Español",
    "ru": "Русский",
    "kk": "Қазақша",
    "it": "Italiano",
    "pt": "Português",
    "pl": "Polski",
    "tr": "Türkçe",
    "uk": "Українська",
    "uz": "Oʻzbekcha",
    "ky": "Кыргызча",
    "ar": "العربية",
    "zh": "中文",
}


def native_name(code: str) -> str:
    """'Français' for fr; the code itself for a language this table does not know."""
    return NATIVE_NAMES.get(code, NATIVE_NAMES.get(code.split("-")[0], code))


def names_path() -> Path:
    return resources_dir() / "languages" / "names.json"


@cache
def _names(reader: str, path: Path) -> dict[str, str]:
    # One interface language per line (scripts/build_language_names.py): only that line
    # is parsed, as composer/templates/dates.py does.
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    start = data.find(b'\n"' + reader.encode("ascii", "replace") + b'":')
    if start < 0:
        return {}
    end = data.find(b"\n", start + 1)
    line = data[start + 1 : end].rstrip(b",")
    return json.loads(b"{" + line + b"}")[reader]  # type: ignore[no-any-return]


def language_name(code: str, reader: str, path: Path | None = None) -> str:
    """The name of language `code` in language `reader`, as CLDR writes it in running
    text: language_name('en', 'ru') is 'английский', ('en', 'fr') 'anglais'. A regional
    code without a name of its own takes its base language's (pt-ao: 'portugais'); a
    language or reader the table does not know, its native name (else the code)."""
    names = _names(reader.split("-")[0].lower(), path or names_path())
    key = code.strip().lower().replace("_", "-")
    return names.get(key) or names.get(key.split("-")[0]) or native_name(code)


def capitalised(name: str) -> str:
    """A name at the start of a menu item or list entry: 'Anglais', 'Английский'."""
    return name[:1].upper() + name[1:]


# Where a campaign has no version in the reader's language: the languages its readers
# most often read too, before English (Kazakh readers read Russian, as the built-in
# campaign's appeal says of its recipients' country).
NEARER = {"kk": ("ru",), "ky": ("ru",), "uz": ("ru",), "be": ("ru",), "uk": ("ru",)}


def nearest(reader: str, available: list[str], original: str = "") -> str | None:
    """The version among `available` that a reader of `reader` can best read: their own,
    else one of the languages they most often read too, else English, else `original`,
    else none."""
    base = reader.split("-")[0].lower()
    for lang in (reader, base, *NEARER.get(base, ()), "en", original):
        if lang and lang in available:
            return lang
    return None
