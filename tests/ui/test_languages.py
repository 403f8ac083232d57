# SPDX-License-Identifier: GPL-3.0-or-later
"""The interface in seven languages: live switch, Qt's own strings, problems, pseudo-locales."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from composer.campaigns.campaign import load_campaign
from composer.problems import Problem
from ui.i18n import Translations, problem_text
from ui.main_window import MainWindow
from ui.workers import Runner

from ..conftest import BUILTIN, ROOT
from .test_window import screenshot


@pytest.fixture
def translations(qapp) -> Iterator[Translations]:
    t = Translations(qapp)
    yield t
    t.use("en")  # the other tests read English


@pytest.fixture
def polyglot(qtbot, library, tmp_path, pool, translations) -> MainWindow:
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    win = MainWindow(library, settings=settings, runner=Runner(pool), translations=translations)
    qtbot.addWidget(win)
    win.show_campaign(load_campaign(BUILTIN, builtin=True))
    win.show()
    return win


def menu_titles(win: MainWindow) -> list[str]:
    return [a.text() for a in win.menuBar().actions()]


def test_switch_language_live_and_remember_it(polyglot: MainWindow, tmp_path) -> None:
    english = menu_titles(polyglot)
    assert english[0] == "&File"
    for lang in ("fr", "ru", "kk", "de", "nl", "es"):
        polyglot.set_ui_language(lang)
        assert polyglot.ui_lang == lang
        titles = menu_titles(polyglot)
        assert titles != english and len(titles) == len(english), (lang, titles)
        assert polyglot.letter.details.title() != "Your details"
        assert polyglot.appeal.current_language() == lang  # the appeal follows
        checked = [a.data() for a in polyglot.menus.language_menu.actions() if a.isChecked()]
        assert checked == [lang]
    assert (
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat).value("ui/language") == "es"
    )
    polyglot.set_ui_language("en")
    assert menu_titles(polyglot) == english
    assert polyglot.letter.details.title() == "Your details"


def test_shortcuts_survive_a_switch(polyglot: MainWindow) -> None:
    polyglot.set_ui_language("de")
    shortcuts = {a.shortcut().toString() for a in polyglot.menus.all_actions}
    assert {"Ctrl+O", "Ctrl+Q", "Ctrl+Return", "Ctrl+Shift+B"} <= shortcuts


def test_switching_languages_leaves_no_old_menus(polyglot: MainWindow, qtbot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QActionGroup
    from PySide6.QtWidgets import QMenu

    def menus() -> tuple[int, int]:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deleteLater now
        return len(polyglot.findChildren(QMenu)), len(polyglot.findChildren(QActionGroup))

    before = menus()
    for lang in ("fr", "de", "en"):
        polyglot.set_ui_language(lang)
        assert menus() == before, lang


def test_qt_own_strings_follow(translations) -> None:
    translations.use("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    translations.use("ru")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


@pytest.mark.parametrize(
    ("lang", "needle"), [("ru", "Ваше имя"), ("kk", "Аты-жөніңіз"), ("de", "Ihr Name")]
)
def test_core_problems_reach_the_user_translated(translations, lang, needle) -> None:
    translations.use(lang)
    text = problem_text(Problem("required-field", args={"label": needle}))
    assert needle in text
    english = f"'{needle}' is required"
    assert text != english[:1].upper() + english[1:]


def test_unknown_language_falls_back_to_english(translations) -> None:
    assert translations.use("xx") == "en"
    assert QCoreApplication.translate("LetterPane", "Your details") == "Your details"


@pytest.mark.parametrize("mode", ["long", "rtl"])
def test_pseudo_localisation(translations, monkeypatch, mode) -> None:
    from PySide6.QtCore import Qt

    monkeypatch.setenv("LETTER_COMPOSER_PSEUDO", mode)
    translations.use("en")
    text = QCoreApplication.translate("LetterPane", "Your details")
    if mode == "long":
        assert text.startswith("[Your details") and len(text) >= len("Your details") * 1.3
    else:
        assert (
            text.startswith("\u202e")
            and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        )
    monkeypatch.delenv("LETTER_COMPOSER_PSEUDO")
    translations.use("en")
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("lang", ["kk", "ru", "de"])
def test_screenshot_in_a_language(tmp_path, lang) -> None:
    image = screenshot(tmp_path / f"{lang}.png", "--lang", lang)
    assert (image.width(), image.height()) == (1280, 800)


def test_kazakh_window_shows_the_kazakh_appeal(polyglot: MainWindow) -> None:
    polyglot.set_ui_language("kk")
    assert polyglot.appeal.current_language() == "kk"
    text = polyglot.appeal.browser.toPlainText()
    assert "Есенбек Уктешбаев" in text and "қ" in text
    assert "draft" not in polyglot.appeal.status.text().lower()  # translated too


def grab(win: MainWindow, name: str) -> None:
    """A picture to look at, where the developer asked for them (LC_SHOTS=folder)."""
    folder = os.environ.get("LC_SHOTS")
    if folder:
        win.grab().save(str(Path(folder) / f"{name}.png"))


def test_what_the_letter_says_in_the_readers_language(polyglot: MainWindow) -> None:
    from .test_window import field, type_text

    letter = polyglot.letter
    tabs = letter.letter_tabs
    assert not tabs.isTabVisible(1)  # English reader, English letter: nothing to show
    polyglot.set_ui_language("ru")
    # Every language name in the reader's language: "английский", not "English".
    assert tabs.isTabVisible(1) and tabs.tabText(1).endswith("(русский)"), tabs.tabText(1)
    assert tabs.tabText(0).endswith("(английский)"), tabs.tabText(0)
    assert letter.letter_lang.currentText() == "Английский"
    assert "английский" in letter.letter_lang.toolTip()
    type_text(field(polyglot, "name"), "Анна Петрова")
    tabs.setCurrentIndex(1)
    text = letter.parallel.toPlainText()
    assert "Анна Петрова" in text and "Ваше Превосходительство," in text
    assert letter.parallel.isReadOnly()
    note = letter.parallel_note.text()
    assert "английский" in note and "русский" in note, note
    for native in ("English", "Русский", "Français"):
        assert native not in note + tabs.tabText(0) + tabs.tabText(1)
    grab(polyglot, "letter-ru")
    # No Kazakh letter: it says so plainly, and shows the nearest version: Russian.
    polyglot.set_ui_language("kk")
    note = letter.parallel_note.text()
    assert "қазақ тілі" in note and "орыс тілі" in note, note
    assert tabs.tabText(1).endswith("(орыс тілі)"), tabs.tabText(1)
    assert "Анна Петрова" in letter.parallel.toPlainText()
    assert "Ваше Превосходительство," in letter.parallel.toPlainText()
    assert letter.letter_lang.currentText() == "Ағылшын тілі"
    polyglot.resize(1400, 1000)  # room enough: the note shows whole, never cut to a line
    QApplication.processEvents()
    note = letter.parallel_note
    assert note.height() >= note.heightForWidth(note.width()) > note.fontMetrics().height()
    grab(polyglot, "letter-kk")
    polyglot.set_ui_language("fr")
    assert letter.letter_lang.currentText() == "Anglais"
    assert "anglais" in letter.parallel_note.text()


def test_nearest_version_a_reader_can_read() -> None:
    from composer.campaigns.languages import language_name, nearest

    assert nearest("kk", ["en", "fr", "ru"]) == "ru"
    assert nearest("kk", ["en", "fr"]) == "en"
    assert nearest("kk", ["fr"], original="fr") == "fr"
    assert nearest("kk", ["fr"]) is None
    assert nearest("pt-br", ["pt", "en"]) == "pt"
    assert language_name("en", "ru") == "английский"
    assert language_name("pt-ao", "fr") == "portugais"  # its base language's name
    assert language_name("xx", "ru") == "xx"


def test_no_lone_tab_bar(polyglot: MainWindow) -> None:
    bar = polyglot.letter.letter_tabs.tabBar()
    assert bar.isHidden()  # English reader, English letter
    polyglot.set_ui_language("fr")
    assert not bar.isHidden()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "fr_BE.UTF-8"}, "fr"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "kk:ru"}, "kk"),
        ({"LANG": "pt_BR.UTF-8", "LANGUAGE": "pt:es"}, "es"),
        ({"LANG": "de_DE.UTF-8", "LC_ALL": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "nl_NL@euro"}, "nl"),
        ({"LANG": "pt_BR.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_system_language_from_the_environment(env, expected) -> None:
    # Qt reads the system's locale once per process: a process for each.
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    out = subprocess.run(
        [sys.executable, "-c", "from ui.i18n import system_language; print(system_language())"],
        cwd=ROOT,
        env={**keep, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == expected


def _alt_letter(text: str) -> str | None:
    """The letter after a single '&' (Qt's mnemonic), lower-cased; None without one."""
    i = text.replace("&&", "").find("&")
    stripped = text.replace("&&", "")
    return stripped[i + 1].lower() if 0 <= i < len(stripped) - 1 else None


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "de", "es", "ru", "kk"])
def test_every_alt_letter_of_the_window_does_one_thing(polyglot: MainWindow, lang) -> None:
    """Menus of the menu bar, buttons (the banners' too, hidden until needed) and labelled
    fields of the window: Alt+letter must reach exactly one of them, or the key only
    cycles focus between the ones sharing it. Every detail field of the built-in campaign
    has one, in each language."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    polyglot.set_ui_language(lang)
    owners: dict[str, list[str]] = {}
    texts = [a.text() for a in polyglot.menuBar().actions()]
    for widget in polyglot.findChildren(QAbstractButton):
        if widget.window() is polyglot and widget.text():
            texts.append(widget.text())
    for label in polyglot.findChildren(QLabel):
        if label.isVisibleTo(polyglot) and label.buddy() is not None:
            texts.append(label.text())
    for box in polyglot.findChildren(QGroupBox):
        if box.isVisibleTo(polyglot):
            texts.append(box.title())
    for text in texts:
        letter = _alt_letter(text)
        if letter is not None:
            owners.setdefault(letter, []).append(text)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not shared, (lang, shared)
    without = [t.text() for t in polyglot.letter.labels.values() if _alt_letter(t.text()) is None]
    assert not without, (lang, without)


@pytest.mark.parametrize(
    ("lang", "counts"),
    [
        ("en", {1: "(1 letter)", 2: "(2 letters)"}),
        ("fr", {1: "(1 lettre)", 2: "(2 lettres)"}),
        ("ru", {1: "(1 письмо)", 3: "(3 письма)", 5: "(5 писем)", 21: "(21 письмо)"}),
        ("de", {1: "(1 Brief)", 2: "(2 Briefe)"}),
    ],
)
def test_counted_words_agree_with_their_number(translations, lang, counts) -> None:
    translations.use(lang)
    for n, words in counts.items():
        text = QCoreApplication.translate("PrivacyControl", "the Sent list (%n letter(s))", None, n)
        assert text.endswith(words), (lang, n, text)


def test_no_counted_message_leaves_its_plural_to_chance() -> None:
    """'(s)' in a message is for the translators: Qt chooses the form by the number (%n)."""
    import re

    for path in (ROOT / "ui").glob("*.py"):
        for source in re.findall(r'tr\(\s*((?:"[^"]*"\s*)+)', path.read_text("utf-8")):
            if "(s)" in source:
                assert "%n" in source, (path.name, source)


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "de", "es", "ru", "kk"])
def test_every_menu_item_has_a_key_of_its_own(polyglot: MainWindow, lang) -> None:
    """Every action has a key path: Alt and the menu's letter, then the item's letter,
    which no other item of that menu shares (or the key only moves between them). The
    Language list names each language in its own script: arrows and type-ahead reach it."""
    polyglot.set_ui_language(lang)
    polyglot.menus.fill()
    menus = [top.menu() for top in polyglot.menuBar().actions()]
    menus += [
        a.menu()
        for m in menus
        for a in m.actions()
        if a.menu() is not None and a.menu() is not polyglot.menus.language_menu
    ]
    counted = 0
    for menu in menus:
        items = [a.text() for a in menu.actions() if not a.isSeparator()]
        letters = [_alt_letter(t) for t in items]
        assert None not in letters, (lang, menu.title(), items)
        assert len(set(letters)) == len(letters), (lang, menu.title(), items)
        counted += len(items)
    assert counted > 25


def test_a_menu_opened_before_the_deferred_fill_has_its_items(
    library, tmp_path, pool, qtbot
) -> None:
    """The menus fill right after the first paint; one opened sooner fills at once."""
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    win = MainWindow(library, settings=settings, runner=Runner(pool), menus_after_paint=True)
    qtbot.addWidget(win)
    win.show_campaign(load_campaign(BUILTIN, builtin=True))
    win.show()
    menu = win.menus.settings_menu
    assert menu.actions() == []  # not filled yet
    menu.aboutToShow.emit()  # what Qt sends as the menu opens (offscreen has no popups)
    assert len(menu.actions()) > 3
