# SPDX-License-Identifier: GPL-3.0-or-later
"""Find the line of a key in a TOML text, so problems can point at it.

tomllib gives values but no positions. This scanner walks the text once, character by
character, keeping track of strings (so a `[table]` or `key =` inside a string or comment
is not taken for one) and of brackets (so only top-level lines start tables and keys). A
key inside an inline table or array is placed at the line of the key that holds it.
"""

from __future__ import annotations

Path = tuple[str | int, ...]
MAX_DEPTH = 8
_BARE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def _read_key(text: str, i: int) -> tuple[list[str], int] | None:
    """Parse a (dotted, possibly quoted) key at text[i:]; return its parts and the end."""
    parts: list[str] = []
    n = len(text)
    while True:
        while i < n and text[i] in " \t":
            i += 1
        if i < n and text[i] in "\"'":
            quote = text[i]
            j = i + 1
            while j < n and text[j] != quote and text[j] != "\n":
                j += 2 if quote == '"' and text[j] == "\\" else 1
            if j >= n or text[j] != quote:
                return None
            parts.append(text[i + 1 : j])
            i = j + 1
        else:
            j = i
            while j < n and text[j] in _BARE:
                j += 1
            if j == i:
                return None
            parts.append(text[i:j])
            i = j
        while i < n and text[i] in " \t":
            i += 1
        if i < n and text[i] == ".":
            i += 1
            continue
        return parts, i


class LineMap:
    """Map key paths like ("recipients", 1, "email") to 1-based line numbers."""

    def __init__(self, text: str) -> None:
        self.lines: dict[Path, int] = {}
        self._counts: dict[tuple[str, ...], int] = {}
        self._scan(text)

    def _record(self, path: Path, line: int) -> None:
        # Prefixes too, so `title.fr = ...` also places the `title` table. No campaign key is
        # deeper than a few levels: a longer path is cut so a hostile one costs nothing.
        path = path[:MAX_DEPTH]
        for end in range(1, len(path) + 1):
            self.lines.setdefault(path[:end], line)

    def _scan(self, text: str) -> None:
        table: Path = ()
        line = 1
        depth = 0  # open [ and { of values spanning lines
        at_line_start = True
        i, n = 0, len(text)
        while i < n:
            ch = text[i]
            if ch == "\n":
                line += 1
                at_line_start = True
                i += 1
                continue
            if ch in " \t\r":
                i += 1
                continue
            if ch == "#":
                i = text.find("\n", i)
                i = n if i < 0 else i
                continue
            if at_line_start and depth == 0:
                at_line_start = False
                if ch == "[":
                    is_array = text.startswith("[[", i)
                    parsed = _read_key(text, i + (2 if is_array else 1))
                    if parsed is not None:
                        names, end = parsed
                        table = self._resolve(names, is_array)
                        self._record(table, line)
                        close = text.find("]", end)
                        i = n if close < 0 else close + (2 if is_array else 1)
                        continue
                parsed = _read_key(text, i)
                if parsed is not None and parsed[1] < n and text[parsed[1]] == "=":
                    self._record((*table, *parsed[0]), line)
                    i = parsed[1] + 1
                    continue
            at_line_start = False
            if text.startswith('"""', i) or text.startswith("'''", i):
                quote = text[i : i + 3]
                j = i + 3
                while j < n and not text.startswith(quote, j):
                    j += 2 if quote == '"""' and text[j] == "\\" else 1
                line += text.count("\n", i, j)
                i = j + 3
                # A closing run may hold up to two more quotes that belong to the string.
                while i < n and text[i] == quote[0]:
                    i += 1
                continue
            if ch in "\"'":
                j = i + 1
                while j < n and text[j] != ch and text[j] != "\n":
                    j += 2 if ch == '"' and text[j] == "\\" else 1
                i = j + 1 if j < n and text[j] == ch else j
                continue
            if ch in "[{":
                depth += 1
            elif ch in "]}":
                depth = max(0, depth - 1)
            i += 1

    def _resolve(self, names: list[str], is_array: bool) -> Path:
        # Each name that is an array of tables refers to its latest element.
        path: list[str | int] = []
        names = names[:MAX_DEPTH]
        for k, name in enumerate(names):
            path.append(name)
            plain = tuple(names[: k + 1])
            if k == len(names) - 1 and is_array:
                self._counts[plain] = self._counts.get(plain, -1) + 1
                path.append(self._counts[plain])
            elif plain in self._counts:
                path.append(self._counts[plain])
        return tuple(path)

    def line(self, path: Path) -> int | None:
        """The line of path, or of its nearest parent that is known."""
        p = tuple(path)
        while p:
            if p in self.lines:
                return self.lines[p]
            p = p[:-1]
        return None
