# SPDX-License-Identifier: GPL-3.0-or-later
"""The window by keyboard alone: no trap for Tab, and an Alt shortcut for every field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ui.main_window import MainWindow


def walk(key: Qt.Key, steps: int) -> list[tuple[QWidget, str]]:
    """Where each key press put the focus (and the appeal link it selected)."""
    seen = []
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), key)
        QApplication.processEvents()
        widget = QApplication.focusWidget()
        link = widget.textCursor().selectedText() if hasattr(widget, "textCursor") else ""
        seen.append((widget, link))
    return seen


def test_tab_leaves_the_appeal_after_show_the_original(window: MainWindow, qtbot) -> None:
    appeal = window.appeal
    appeal.show_original.setFocus()
    QTest.keyClick(appeal.show_original, Qt.Key.Key_Space)  # the button, by keyboard
    QApplication.processEvents()
    assert appeal.current_language() == "fr"
    appeal.language.setFocus(Qt.FocusReason.TabFocusReason)
    seen = walk(Qt.Key.Key_Tab, 6)
    links = [link for w, link in seen if w is appeal.browser]
    assert links == ["", "bolat.temirbayev@gmail.com", "mid@mid.kz"]  # each once, no cycle
    assert not appeal.isAncestorOf(seen[-1][0])
    window.letter.editors["name"].setFocus(Qt.FocusReason.TabFocusReason)
    back = walk(Qt.Key.Key_Backtab, 6)
    assert appeal.browser in [w for w, _ in back]  # reached backwards too, and left again
    assert back[-1][0] is not appeal.browser


def test_the_appeal_shows_when_it_has_the_focus(window: MainWindow) -> None:
    browser = window.appeal.browser
    assert ":focus" in browser.styleSheet()
    browser.setFocus()
    QApplication.processEvents()
    focused = browser.grab().toImage()
    window.letter.subject.setFocus()
    QApplication.processEvents()
    assert browser.grab().toImage() != focused  # the frame changes


def test_every_detail_field_and_send_to_have_an_alt_shortcut(window: MainWindow) -> None:
    """The campaign's labels get a letter nothing else in the window uses: each of the
    built-in campaign's, Town and "A few words" too (their letters are much in demand)."""
    letter = window.letter
    targets: list[tuple[QLabel | None, str, QWidget]] = [
        (label, label.text(), label.buddy()) for key, label in letter.labels.items()
    ]
    assert len(targets) == 5
    targets.append((None, letter.recipients_box.title(), letter.recipient_list))
    letters = []
    for _label, text, widget in targets:
        assert text.count("&") == 1, text
        letter_key = text[text.index("&") + 1]
        letters.append(letter_key.lower())
        window.letter.subject.setFocus()
        QApplication.processEvents()
        QTest.keyClick(window, letter_key.lower(), Qt.KeyboardModifier.AltModifier)
        QApplication.processEvents()
        assert QApplication.focusWidget() is widget, text
    assert len(letters) == len(set(letters))


def test_the_trusted_certificate_field_has_its_shortcut(window: MainWindow, qtbot) -> None:
    from composer.account.accounts import AccountStore
    from composer.account.keystore import PasswordStore
    from ui.account_dialog import AccountDialog

    dialog = AccountDialog(AccountStore(), PasswordStore(), window.runner, window)
    qtbot.addWidget(dialog)
    label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.cafile)
    assert "&" in label.text() and "&&" not in label.text()
    dialog.show()
    qtbot.waitExposed(dialog)
    folded = dialog.advanced.height()
    assert folded <= dialog.advanced.fontMetrics().height() + 4  # a title line, no empty band
    dialog.advanced.setChecked(True)
    assert dialog.advanced.height() > 3 * folded
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.host.setFocus()
    QApplication.processEvents()
    key = label.text()[label.text().index("&") + 1].lower()
    QTest.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.cafile


def test_an_early_field_leaves_a_later_one_its_only_free_letter() -> None:
    """'Town' can only have w here; 'Your words' would take it first in reading order."""
    from ui.letter_pane import _letter_choices, _match_letters

    taken = set("tonyour")
    texts = {"words": "Your words", "town": "Town"}
    chosen = _match_letters({k: _letter_choices(t, taken) for k, t in texts.items()})
    assert texts["town"][chosen["town"]] == "w"
    assert texts["words"][chosen["words"]] in "ds"
    assert _match_letters({"a": _letter_choices("Ton", taken)}) == {}  # none free: none
