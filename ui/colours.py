# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's own colours, readable on light, dark and high-contrast themes alike.

Text the app colours itself reaches 4.5:1 against what is behind it (WCAG 2 AA): the
tinted notices bring their own background and ink; words in a colour on the window's
background (a problem, a success) take a light-theme or a dark-theme shade after the
palette in use; quieter text (notes, placeholders) is the theme's own text colour
brought toward the background only as far as 4.5:1 allows. A colour never says
anything alone: each coloured text says it in words too.
tests/ui/test_contrast.py computes the ratios of these very colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

AA = 4.5  # text (WCAG 2 AA)
AA_NON_TEXT = 3.0  # a field's border, an icon

# (on a light background, on a dark one)
PROBLEM = ("#8a1c1c", "#ffb4ab")
SUCCESS = ("#1d6b2f", "#8fdc9f")
MISSING_BORDER = ("#c0392b", "#ff8a80")  # around a required field left empty

# Tinted notices: background, border, ink. Their own background: the same on any theme.
TONES = {
    "warning": ("#fff4d6", "#e8cf8a", "#3d2e00"),
    "info": ("#e3effd", "#a9c8ee", "#0b2545"),
    "good": ("#e6f4ea", "#a8d5b5", "#0d3b1e"),
    "closed": ("#ececec", "#c4c4c4", "#1f1f1f"),
}


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(background: QColor) -> bool:
    return luminance(background) < 0.18  # nearer black than white, by contrast


def shade(pair: tuple[str, str], background: QColor) -> QColor:
    return QColor(pair[1] if is_dark(background) else pair[0])


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """a moved toward b by t (0: a, 1: b), opaque."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def quiet(text: QColor, background: QColor, ratio: float = AA + 0.1) -> QColor:
    """The text colour softened toward the background, as far as `ratio` allows."""
    best = QColor(text)
    for step in range(1, 20):
        softer = blend(text, background, step / 20)
        if contrast(softer, background) < ratio:
            break
        best = softer
    return best


def window_background(palette: QPalette | None = None) -> QColor:
    return _palette(palette).color(QPalette.ColorRole.Window)


def problem_style(palette: QPalette | None = None, selector: str = "") -> str:
    """The style of words that say what is wrong, on the window's background."""
    return _style(selector, "color", shade(PROBLEM, window_background(palette)))


def success_style(palette: QPalette | None = None, selector: str = "") -> str:
    return _style(selector, "color", shade(SUCCESS, window_background(palette)))


def quiet_style(palette: QPalette | None = None) -> str:
    pal = _palette(palette)
    colour = quiet(pal.color(QPalette.ColorRole.WindowText), window_background(pal))
    return _style("", "color", colour)


def missing_style(palette: QPalette | None = None) -> str:
    base = _palette(palette).color(QPalette.ColorRole.Base)
    return f"border: 1px solid {shade(MISSING_BORDER, base).name()};"


def readable_placeholders(palette: QPalette) -> QPalette:
    """The palette with placeholder text at 4.5:1 on the fields' background (Qt's own is
    the text at half opacity: about 4:1 on white)."""
    out = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        base = palette.color(group, QPalette.ColorRole.Base)
        text = palette.color(group, QPalette.ColorRole.Text)
        out.setColor(group, QPalette.ColorRole.PlaceholderText, quiet(text, base))
    return out


def _palette(palette: QPalette | None) -> QPalette:
    if palette is not None:
        return palette
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.palette()


def _style(selector: str, prop: str, colour: QColor) -> str:
    rule = f"{prop}: {colour.name()};"
    return f"{selector} {{ {rule} }}" if selector else rule
