"""Find the line of a key in a TOML text, so problems can point at it.

tomllib gives values but no positions. This scanner follows table headers and `key =`
lines well enough for campaign files (the lookup walks up to the nearest known parent
when a key sits in an inline table or array).
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(
    r"^\s*((?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*'))*)\s*="
)

Path = tuple[str | int, ...]


def _split_key(text: str) -> list[str]:
    parts = re.findall(r"\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+", text)
    return [p[1:-1] if p[:1] in "\"'" else p for p in parts]


class LineMap:
    """Map key paths like ("recipients", 1, "email") to 1-based line numbers."""

    def __init__(self, text: str) -> None:
        self.lines: dict[Path, int] = {}
        counts: dict[tuple[str, ...], int] = {}
        table: Path = ()
        in_multiline: str | None = None
        for number, line in enumerate(text.split("\n"), start=1):
            if in_multiline:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = _HEADER.match(line)
            if header:
                names = _split_key(header.group(2))
                table = self._resolve(names, counts, is_array=header.group(1) == "[[")
                self.lines.setdefault(table, number)
                continue
            key = _KEY.match(line)
            if key:
                path = (*table, *_split_key(key.group(1)))
                self.lines.setdefault(path, number)
                rest = line[key.end() :]
                for quote in ('"""', "'''"):
                    if rest.count(quote) % 2 == 1:
                        in_multiline = quote

    @staticmethod
    def _resolve(names: list[str], counts: dict[tuple[str, ...], int], is_array: bool) -> Path:
        # Each name that is an array of tables refers to its latest element.
        path: list[str | int] = []
        for i, name in enumerate(names):
            path.append(name)
            plain = tuple(names[: i + 1])
            last = i == len(names) - 1
            if last and is_array:
                counts[plain] = counts.get(plain, -1) + 1
                path.append(counts[plain])
            elif plain in counts:
                path.append(counts[plain])
        return tuple(path)

    def line(self, path: Path) -> int | None:
        """The line of path, or of its nearest parent that is known."""
        p = tuple(path)
        while p:
            if p in self.lines:
                return self.lines[p]
            p = p[:-1]
        return None
