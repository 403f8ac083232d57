# SPDX-License-Identifier: GPL-3.0-or-later
"""Help › About › Licences: the About box names the licence; its Licences button opens the
project's licence and the third-party notices, plain text, scrolled and left with the
keyboard alone, in the interface's language (real widgets, offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from ui.licences_dialog import LicencesDialog, notices_path
from ui.main_window import MainWindow


def open_licences(
    window: MainWindow, qtbot, button: str = "&Licences…", words: str = "(GPL-3.0-or-later)"
) -> LicencesDialog:
    window.about()
    box = window.findChild(QMessageBox, "aboutBox")
    qtbot.waitUntil(box.isVisible)
    assert words in box.text()
    assert [b.text() for b in box.findChildren(QPushButton) if b.text() == button] == [button]
    # Alt+L, the button's mnemonic, from the keyboard.
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(box, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.findChild(LicencesDialog) is not None)
    dialog = window.findChild(LicencesDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert not box.isVisible()
    return dialog


def test_about_opens_the_licences_read_with_the_keyboard(window: MainWindow, qtbot) -> None:
    dialog = open_licences(window, qtbot)
    text = dialog.text
    assert text.toPlainText() == notices_path().read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text.toPlainText()
    assert "\nJinja2 " in text.toPlainText() and "\nPySide6_Essentials " in text.toPlainText()
    assert text.isReadOnly() and text.accessibleName() == "Licence texts"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is text)
    bar = text.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    qtbot.keyClick(text, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    # At the end, and the end in view (the layout of a long text is finished lazily, so
    # the scroll bar's maximum may still move by a line).
    assert text.textCursor().atEnd() and bar.value() > bar.maximum() // 2
    assert text.viewport().rect().contains(text.cursorRect())
    qtbot.keyClick(text, Qt.Key.Key_Tab)  # out of the text, to Close
    assert isinstance(QApplication.focusWidget(), QPushButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_licences_speak_the_interface_language(window: MainWindow, qtbot, qapp) -> None:
    from ui.i18n import Translations

    window.translations = Translations(qapp)
    try:
        window.set_ui_language("fr")
        dialog = open_licences(window, qtbot, "&Licences…", "GPL-3.0-or-later), sans aucune")
        assert dialog.text.accessibleName() == "Textes des licences"
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert "&Textes des licences\u00a0:" in labels
        assert any(
            t.startswith("Letter Composer 0.1.0 est un logiciel libre\u00a0:") for t in labels
        )
        dialog.reject()
    finally:
        window.set_ui_language("en")  # the other tests read English
