"""Language names as their speakers write them, for menus and selectors."""

from __future__ import annotations

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
