# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's own colours reach 4.5:1 (WCAG 2 AA) against what is behind them, on a light,
a dark and high-contrast themes: computed from the very colours the widgets get."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ui import colours
from ui.colours import AA, AA_NON_TEXT, TONES, contrast

ROOT = Path(__file__).resolve().parents[2]
Role = QPalette.ColorRole


def palette(window: str, text: str, base: str) -> QPalette:
    pal = QPalette(QColor(window))
    for role, colour in (
        (Role.Window, window),
        (Role.Button, window),
        (Role.WindowText, text),
        (Role.ButtonText, text),
        (Role.Text, text),
        (Role.Base, base),
    ):
        pal.setColor(role, QColor(colour))
    return pal


THEMES = [
    "Qt's own (Fusion)",
    "dark (Fusion dark)",
    "Breeze Dark",
    "Adwaita dark",
    "high contrast, dark",
    "high contrast, light",
    "light grey",
]


def themes() -> dict[str, QPalette]:
    """By name (made once a QApplication exists: the first is its style's own)."""
    return {
        "Qt's own (Fusion)": QApplication.style().standardPalette(),
        "dark (Fusion dark)": palette("#353535", "#ffffff", "#2a2a2a"),
        "Breeze Dark": palette("#31363b", "#eff0f1", "#232629"),
        "Adwaita dark": palette("#242424", "#ffffff", "#1e1e1e"),
        "high contrast, dark": palette("#000000", "#ffffff", "#000000"),
        "high contrast, light": palette("#ffffff", "#000000", "#ffffff"),
        "light grey": palette("#d6d6d6", "#000000", "#f0f0f0"),
    }


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[None]:
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


def colour_in(style: str) -> QColor:
    """The one colour a style sheet sets."""
    found = re.search(r"(#[0-9a-fA-F]{6})", style)
    assert found, style
    return QColor(found.group(1))


@pytest.mark.parametrize("name", THEMES)
def test_words_in_a_colour_reach_4_5_to_1_on_every_theme(name: str, qapp: QApplication) -> None:
    pal = themes()[name]
    window, base = pal.color(Role.Window), pal.color(Role.Base)
    for style in (colours.problem_style(pal), colours.success_style(pal), colours.quiet_style(pal)):
        assert contrast(colour_in(style), window) >= AA, (name, style)
    border = colour_in(colours.missing_style(pal))
    assert contrast(border, base) >= AA_NON_TEXT, name
    placeholder = colours.readable_placeholders(pal).color(Role.PlaceholderText)
    assert contrast(placeholder, base) >= AA, name
    # Still quieter than what is typed, or it would pass for a value.
    assert contrast(placeholder, base) < contrast(pal.color(Role.Text), base), name


def test_qt_alone_would_fail_the_placeholders_and_the_notes(qapp: QApplication) -> None:
    """What this module fixes (so that the test above can tell): Qt's placeholder is the
    text at half opacity, and its 'mid' and 'dark' greys were the notes' colours."""
    pal = QApplication.style().standardPalette()
    base, window = pal.color(Role.Base), pal.color(Role.Window)
    half = colours.blend(pal.color(Role.Text), base, 0.5)
    assert contrast(half, base) < AA
    assert contrast(pal.color(Role.Mid), window) < AA
    assert contrast(pal.color(Role.Dark), window) < AA
    old_problem_on_dark = QColor(colours.PROBLEM[0])
    assert contrast(old_problem_on_dark, themes()["dark (Fusion dark)"].color(Role.Window)) < AA


@pytest.mark.parametrize("kind", list(TONES))
def test_the_tinted_notices_bring_their_own_readable_ink(kind: str) -> None:
    background, _border, ink = TONES[kind]
    assert contrast(QColor(ink), QColor(background)) >= 7  # AAA, as the banner promises


@pytest.mark.parametrize("name", ["Qt's own (Fusion)", "dark (Fusion dark)", "Breeze Dark"])
def test_the_widgets_get_those_colours(name: str, app_palette: None, qtbot) -> None:
    """The letter pane built under each theme: the colours its notes and hints really get."""
    from ui.letter_pane import LetterPane

    pal = themes()[name]
    QApplication.setPalette(pal)
    pane = LetterPane()
    qtbot.addWidget(pane)
    window = pal.color(Role.Window)
    for label in (pane.details_hint, pane.recipients_hint, pane.required_note, pane.parallel_note):
        assert contrast(colour_in(label.styleSheet()), window) >= AA, (name, label.objectName())


def test_no_colour_is_written_anywhere_else() -> None:
    """Every colour of the app is in ui/colours.py, where the tests above check it."""
    for path in (ROOT / "ui").glob("*.py"):
        if path.name == "colours.py":
            continue
        text = path.read_text("utf-8")
        assert not re.findall(r"#[0-9a-fA-F]{6}\b", text), path.name
        # The theme's greys (palette(mid), palette(dark)) were the notes' unreadable ink.
        assert not re.findall(r"(?<![.\w])palette\((?!highlight\))", text), path.name
