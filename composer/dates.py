"""Dates written the way a letter in each language writes them (no locale database needed)."""

from __future__ import annotations

import datetime as dt

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    # Russian and Kazakh letters use the genitive / the Kazakh month names.
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан",
}


def letter_date(day: dt.date, lang: str) -> str:
    """E.g. 27 November 2026 (en), 27 novembre 2026 (fr), 2026 жылғы 27 қараша (kk)."""
    base = lang.split("-")[0]
    months = _MONTHS.get(base)
    if months is None:
        return day.isoformat()
    month = months.split()[day.month - 1]
    if base == "en":
        return f"{day.day} {month} {day.year}"
    if base == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    if base == "de":
        return f"{day.day}. {month} {day.year}"
    if base == "es":
        return f"{day.day} de {month} de {day.year}"
    if base == "ru":
        return f"{day.day} {month} {day.year} г."
    if base == "kk":
        return f"{day.year} жылғы {day.day} {month}"
    return f"{day.day} {month} {day.year}"
