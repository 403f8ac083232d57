# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates written the way a letter in each language writes them, from CLDR's long date
format (resources/dates/dates.json, made by scripts/build_dates.py; no locale database is
needed at run time)."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path

from composer.paths import resources_dir

ASCII_DIGITS = "0123456789"
_KEY = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def table_path() -> Path:
    return resources_dir() / "dates" / "dates.json"


@cache
def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def date_languages(path: Path | None = None) -> list[str]:
    """The language codes the table writes dates for (en, fr, pt-pt, sr-latn, ...)."""
    table = json.loads(_bytes(path or table_path()))
    return sorted(table["locales"])


@cache
def _entry(path: Path, key: str) -> dict[str, object] | None:
    # The table has one language per line: reading only that line costs a tenth of a
    # millisecond, parsing the whole table more than one (before the first paint).
    data = _bytes(path)
    start = data.find(b'\n"' + key.encode("ascii") + b'":')
    if start < 0:
        return None
    end = data.find(b"\n", start + 1)
    line = data[start + 1 : end].rstrip(b",")
    return json.loads(b"{" + line + b"}")[key]  # type: ignore[no-any-return]


def date_format(lang: str, path: Path | None = None) -> dict[str, object] | None:
    """The table's entry for a language code: pt-BR -> pt-br, else its base (pt); None
    when neither is known."""
    parts = lang.strip().lower().replace("_", "-").split("-")
    while parts:
        key = "-".join(parts)
        if _KEY.fullmatch(key):
            entry = _entry(path or table_path(), key)
            if entry is not None:
                return entry
        parts.pop()
    return None


def format_date(day: dt.date, entry: dict[str, object]) -> str:
    """One table entry applied to a date. Its pattern holds {d} {dd} {M} {y} {month}
    {era}; `digits` is set where the language counts in its own digits."""
    digits = str(entry.get("digits", ASCII_DIGITS))
    native = str.maketrans(ASCII_DIGITS, digits)

    def number(value: int, width: int = 1) -> str:
        return f"{value:0{width}d}".translate(native)

    months: list[str] = entry.get("months", [])  # type: ignore[assignment]
    first = entry.get("first")  # French writes the first day as an ordinal: 1er
    return str(entry["pattern"]).format(
        d=str(first) if first and day.day == 1 else number(day.day),
        dd=number(day.day, 2),
        M=number(day.month),
        y=number(day.year),
        month=months[day.month - 1] if months else "",
        era=entry.get("era", ""),
    )


def letter_date(day: dt.date, lang: str) -> str:
    """E.g. 27 November 2026 (en), 27 novembre 2026 (fr), 2026 жылғы 27 қараша (kk);
    the ISO date (2026-11-27) for a language CLDR has no dates for."""
    entry = date_format(lang)
    return day.isoformat() if entry is None else format_date(day, entry)
