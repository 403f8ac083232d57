# SPDX-License-Identifier: GPL-3.0-or-later
"""Every symbol the window draws is in the font it draws with: a symbol missing from the
shipped fonts shows as a box (the send dialog's "waiting" mark was one)."""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

from PySide6.QtGui import QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication

UI = Path(__file__).resolve().parents[2] / "ui"


def _symbols() -> dict[str, str]:
    """Each character beyond ASCII that is not a letter, a digit or a space, in the
    window's string literals (comments and docstrings are never drawn), with where."""
    found: dict[str, str] = {}
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
            ):
                for char in node.value:
                    kind = unicodedata.category(char)
                    if ord(char) > 127 and kind[0] in "PS" and char not in found:
                        found[char] = f"{path.name}:{node.lineno}"
    return found


def test_every_symbol_is_in_the_window_font(qapp: QApplication) -> None:
    symbols = _symbols()
    assert "✓" in symbols and "…" in symbols  # the scan sees the send dialog's marks
    font = QApplication.font()
    metrics, raw = QFontMetrics(font), QRawFont.fromFont(font)
    assert raw.isValid()
    missing = {
        f"U+{ord(c):04X} {unicodedata.name(c, '?')} ({where})"
        for c, where in symbols.items()
        if not (metrics.inFontUcs4(ord(c)) and raw.supportsCharacter(ord(c)))
    }
    assert not missing, f"{raw.familyName()} has no glyph for: {sorted(missing)}"


def test_the_old_waiting_mark_is_not_in_the_font(qapp: QApplication) -> None:
    # The check above would have caught it: DejaVu Sans has no U+23F8 (pause).
    assert not QRawFont.fromFont(QApplication.font()).supportsCharacter(0x23F8)
