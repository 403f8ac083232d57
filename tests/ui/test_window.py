# SPDX-License-Identifier: GPL-3.0-or-later
"""The window, driven as a user would: fields fill the letter, hand edits survive."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit

from ui.main_window import MainWindow

from ..conftest import MINIMAL_TOML, ROOT


def type_text(widget, text: str) -> None:
    """Type like a keyboard, one character at a time (works for any script)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def field(win: MainWindow, key: str):
    return win.letter.editors[key]


def test_window_shows_appeal_and_letter(window: MainWindow) -> None:
    appeal = window.appeal.browser.toPlainText()
    assert "Esenbek Ukteshbayev" in appeal
    assert window.appeal.current_language() == "en"
    assert window.appeal.status.isVisible()  # English is a draft translation
    body = window.letter.body.toPlainText()
    assert "Your Excellency," in body and "Zhanartu" in body
    assert window.letter.subject.text().startswith("Esenbek Ukteshbayev")
    assert window.letter._checked_emails() == ["bolat.temirbayev@gmail.com", "mid@mid.kz"]
    assert window.letter.letter_lang.currentData() == "en"
    assert "built-in" in window.statusBar().currentMessage()
    # Tabbing into the letter starts reading at its top, not at its last line.
    assert window.letter.body.textCursor().position() == 0
    assert not window.letter.body.document().isUndoAvailable()  # the fill is no edit


def test_fields_update_the_letter_live(window: MainWindow) -> None:
    name, town = field(window, "name"), field(window, "town")
    assert isinstance(name, QLineEdit)
    name.setFocus()
    type_text(name, "Айгүл Қасымова")
    type_text(town, "Алматы")
    type_text(field(window, "country"), "Kazakhstan")
    body = window.letter.body.toPlainText()
    assert body.rstrip().endswith("Айгүл Қасымова\nАлматы, Kazakhstan")
    assert not window.letter.reset_button.isEnabled()
    assert not window.letter.details_hint.isVisible()


def test_personal_note_appears_as_a_paragraph(window: MainWindow) -> None:
    note = field(window, "personal_note")
    assert isinstance(note, QPlainTextEdit)
    note.setFocus()
    type_text(note, "I am a nurse in Gent.")
    assert "\n\nI am a nurse in Gent.\n\nYours faithfully," in window.letter.body.toPlainText()


def test_hand_edits_survive_field_changes_until_reset(window: MainWindow, monkeypatch) -> None:
    type_text(field(window, "name"), "Ana")
    body = window.letter.body
    body.setFocus()
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    body.setTextCursor(cursor)
    type_text(body, "URGENT. ")
    edited = body.toPlainText()
    assert edited.startswith("URGENT. ")
    assert window.letter.reset_button.isEnabled()
    assert "edited" in window.letter.sync_note.text()

    type_text(field(window, "name"), " Lima")  # must not overwrite the user's words
    assert body.toPlainText() == edited
    assert window.letter.draft.values["name"] == "Ana Lima"

    # Reset asks first; cancelling keeps the edit.
    monkeypatch.setattr(window.letter, "_confirm_discard", lambda text: False)
    window.menus.reset_action.trigger()
    assert body.toPlainText() == edited
    monkeypatch.setattr(window.letter, "_confirm_discard", lambda text: True)
    window.menus.reset_action.trigger()
    assert not body.toPlainText().startswith("URGENT")
    assert "Ana Lima" in body.toPlainText()
    assert not window.letter.reset_button.isEnabled()


def test_hand_edit_is_readdressed_when_previewing_another_recipient(window: MainWindow) -> None:
    body = window.letter.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    type_text(body, "P.S. Please reply.")
    preview = window.letter.preview_for
    assert preview.isEnabled() and preview.count() == 2
    preview.setCurrentIndex(1)
    preview.activated.emit(1)
    text = body.toPlainText()
    assert "Dear Sir or Madam," in text and "Your Excellency," not in text
    assert text.rstrip().endswith("P.S. Please reply.")


def test_subject_edit_counts_as_hand_edit(window: MainWindow) -> None:
    window.letter.subject.setFocus()
    window.letter.subject.selectAll()
    type_text(window.letter.subject, "Free them")
    assert window.letter.draft.subject == "Free them"
    type_text(field(window, "name"), "Ana")
    assert window.letter.subject.text() == "Free them"


def test_unchecking_recipients(window: MainWindow) -> None:
    window.letter.set_recipient_checked(0, False)
    assert window.letter.draft.recipients == ["mid@mid.kz"]
    assert window.letter.preview_for.count() == 1 and not window.letter.preview_for.isEnabled()
    assert "Dear Sir or Madam," in window.letter.body.toPlainText()
    window.letter.set_recipient_checked(1, False)
    assert "at least one recipient" in window.letter.recipients_hint.text()
    assert window.letter.recipients_hint.isVisible()


def test_required_name_hint(window: MainWindow) -> None:
    name = field(window, "name")
    assert window.letter.details_hint.isHidden()  # a new letter does not open with errors
    assert window.letter.missing_required() == ["name"]
    type_text(name, "A")
    assert window.letter.details_hint.isHidden()
    name.clear()
    assert "'Your name' is required" in window.letter.details_hint.text()
    assert window.letter.details_hint.isVisible()
    assert "c0392b" in name.styleSheet()


def test_appeal_language_switch(window: MainWindow) -> None:
    combo = window.appeal.language
    combo.setCurrentIndex(combo.findData("fr"))
    assert "Communiqué de presse" in window.appeal.browser.toPlainText()
    assert window.appeal.status.isHidden()  # the original needs no warning
    assert combo.currentText() == "Français (original)"
    assert window.letter.editors["name"] is not None
    from PySide6.QtWidgets import QLabel

    labels = [w.text() for w in window.letter.details.findChildren(QLabel)]
    assert "Votre nom *" in labels  # field labels follow the reading language
    combo.setCurrentIndex(combo.findData("en"))
    assert window.appeal.status.isVisible()
    window.appeal.show_original.click()
    assert window.appeal.current_language() == "fr"


def test_appeal_loads_no_resources(window: MainWindow) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    assert (
        window.appeal.browser.loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl("file:///etc/hostname")
        )
        is None
    )


def test_open_bundle_off_the_gui_thread(window: MainWindow, qtbot, make_archive) -> None:
    path = make_archive()
    with qtbot.waitSignal(window.campaign_loaded, timeout=10_000) as blocker:
        window.open_path(path)
    assert blocker.args[0].id == "test-campaign"
    assert window.campaign.id == "test-campaign"
    assert "The appeal text." in window.appeal.browser.toPlainText()
    assert window.letter.recipient_texts() == [
        "First Office <first@example.org>",
        "Second Office <second@example.net>",
    ]
    assert "note" in window.letter.editors
    assert window.library.opened_paths() == [path.resolve()]


def test_open_invalid_bundle_keeps_the_current_one(
    window: MainWindow, qtbot, make_campaign
) -> None:
    bad = make_campaign(
        {"campaign.toml": MINIMAL_TOML.replace('email = "first@example.org"', 'email = "x"')}
    )
    type_text(field(window, "name"), "Ana")
    with qtbot.waitSignal(window.campaign_failed, timeout=10_000):
        window.open_path(bad)
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert "cannot be opened as a campaign" in box.text()
    assert "campaign.toml:11" in box.informativeText()
    box.close()
    assert window.campaign.id == "zhanartu-2012"
    assert window.letter.draft.values["name"] == "Ana"


def test_letter_language_switch_asks_before_discarding(
    window: MainWindow, make_campaign, qtbot, monkeypatch
) -> None:
    letter_fr = (
        "Subject: Lettre de {{ name }}\n\n{{ today }}\n\nMadame, Monsieur,\n\n"
        "{{ note }}\n\n{{ name }} {{ town }}\n"
    )
    path = make_campaign({"letters/fr.txt.j2": letter_fr})
    with qtbot.waitSignal(window.campaign_loaded, timeout=10_000):
        window.open_path(path)
    combo = window.letter.letter_lang
    assert combo.count() == 2
    type_text(window.letter.body, "my words ")
    monkeypatch.setattr(window.letter, "_confirm_discard", lambda text: False)
    combo.setCurrentIndex(combo.findData("fr"))
    combo.activated.emit(combo.currentIndex())
    assert window.letter.draft.letter_lang == "en" and combo.currentData() == "en"
    monkeypatch.setattr(window.letter, "_confirm_discard", lambda text: True)
    combo.setCurrentIndex(combo.findData("fr"))
    combo.activated.emit(combo.currentIndex())
    assert window.letter.draft.letter_lang == "fr"
    assert window.letter.body.toPlainText().startswith(window.letter.today.strftime("%-d "))
    assert "Madame, Monsieur," in window.letter.body.toPlainText()


def test_keyboard_shortcuts(window: MainWindow) -> None:
    shortcuts = {
        a.text(): a.shortcut().toString()
        for a in window.findChildren(type(window.menus.reset_action))
    }
    assert shortcuts["&Open Campaign File…"] == "Ctrl+O"
    assert shortcuts["Open Campaign &Folder…"] == "Ctrl+Shift+O"
    assert shortcuts["&Quit"] == "Ctrl+Q"
    assert shortcuts["&Reset Letter to Template"] == "Ctrl+Shift+R"


def test_menus_filled_after_the_first_paint_draw_the_same_window(
    qtbot, library, tmp_path: Path
) -> None:
    """The app draws the menu bar with empty menus and adds their actions right after the
    first paint: the picture is the same, and afterwards so are the menus."""
    from composer.campaigns.campaign import load_campaign
    from ui import startup

    from ..conftest import BUILTIN

    def menus(win: MainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
        return [
            (
                menu.text(),
                [(a.text(), a.shortcut().toString()) for a in menu.menu().actions()],
            )
            for menu in win.menuBar().actions()
        ] + [("more", [(a.text(), "") for a in win.letter.more_button.menu().actions()])]

    pictures, filled = [], []
    for later in (False, True):
        win = MainWindow(library, screenshot=True, menus_after_paint=later)
        qtbot.addWidget(win)
        win.show_campaign(load_campaign(BUILTIN, builtin=True))
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        pictures.append(win.grab().toImage())
        if later:
            assert win.menuBar().actions()[0].text() == "&File"
            assert all(not m.menu().actions() for m in win.menuBar().actions())
            assert not win.letter.more_button.menu().actions()
            startup.finish_window(win)
        filled.append(menus(win))
    assert pictures[0] == pictures[1]
    assert filled[0] == filled[1]
    assert ("&Quit", "Ctrl+Q") in filled[1][0][1]
    assert len(filled[1][-1][1]) >= 6  # More Ways: mail app, webmail, copy, print, PDF, mark


def test_geometry_is_remembered(qtbot, library, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    win = MainWindow(library, settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.resize(760, 560)  # the offscreen screen is 800x600
    win.splitter.setSizes([250, 510])
    win.close()
    again = MainWindow(
        library, settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 560)
    assert again.splitter.sizes()[0] < again.splitter.sizes()[1]


def test_file_dialog_opens_on_ctrl_o(window: MainWindow, qtbot, monkeypatch, make_campaign) -> None:
    path = make_campaign()
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(path / "campaign.toml"), "")
    )
    with qtbot.waitSignal(window.campaign_loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.campaign.source == path.resolve()


def screenshot(out: Path, *args: str) -> QImage:
    """Run `letter-composer --screenshot` as a user would; the PNG it drew."""
    proc = subprocess.run(
        [sys.executable, "-m", "ui.app", "--screenshot", str(out), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return QImage(str(out))


@pytest.mark.parametrize("args", [[], ["--campaign", "CAMPAIGN"]])
def test_screenshot_command(tmp_path: Path, make_archive, args: list[str]) -> None:
    args = [str(make_archive()) if a == "CAMPAIGN" else a for a in args]
    image = screenshot(tmp_path / "shot.png", *args)
    assert (image.width(), image.height()) == (1280, 800)
    # Not blank: many distinct colours are drawn (text, frames, highlights).
    colours = {image.pixel(x, y) for x in range(0, 1280, 7) for y in range(0, 800, 7)}
    assert len(colours) > 20


def test_screenshot_of_a_broken_campaign_fails_clearly(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "ui.app",
            "--screenshot",
            str(tmp_path / "x.png"),
            "--campaign",
            str(tmp_path / "missing"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 1 and "no campaign at this path" in proc.stderr
    assert not (tmp_path / "x.png").exists()


def test_diagnose_finds_the_languages_and_the_dates() -> None:
    """What the installed package's smoke test asks of the frozen app, from source."""
    import json

    proc = subprocess.run(
        [sys.executable, "-m", "ui.app", "--diagnose"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    info = json.loads(proc.stdout)
    assert set(info["languages"]) == {"en", "fr", "nl", "de", "es", "ru", "kk"}
    assert info["date_languages"] > 300


def test_close_waits_for_workers(window: MainWindow, qtbot, make_archive) -> None:
    window.open_path(make_archive())
    QTimer.singleShot(0, window.close)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], {}),
        (["folder"], {"path": "folder"}),
        (["--lang", "fr", "x.campaign"], {"lang": "fr", "path": "x.campaign"}),
        (["--screenshot=a.png", "--lang=kk"], {"screenshot": "a.png", "lang": "kk"}),
        (["--campaign", "c", "--diagnose"], {"campaign": "c", "diagnose": True}),
    ],
)
def test_window_arguments(args: list[str], expected: dict[str, object]) -> None:
    from ui.app import parse_args

    unset = {"path": None, "campaign": None, "lang": None, "screenshot": None, "diagnose": False}
    assert vars(parse_args(args)) == {**unset, **expected}


@pytest.mark.parametrize("args", [["--lang"], ["-x"], ["a", "b"], ["--diagnose=1"]])
def test_wrong_window_arguments_are_refused(args: list[str]) -> None:
    from ui.app import parse_args

    with pytest.raises(SystemExit) as exit_:
        parse_args(args)
    assert exit_.value.code == 2


def test_settings_mail_account_menu_opens_a_dialog_that_saves(window: MainWindow, qtbot) -> None:
    """The menu's triggered(checked) must not reach edit_account as its `then`: saving the
    account from Settings › Mail Account… once failed with "'bool' is not callable"."""
    from composer.account.accounts import Account
    from ui.account_dialog import AccountDialog

    window.menus.fill()
    action = next(a for a in window.menus.settings_menu.actions() if a.text() == "&Mail Account…")
    action.trigger()
    dialog = window.findChildren(AccountDialog)[-1]
    account = Account("ana@example.org", "Ana", "127.0.0.1", 465, "tls", "ana@example.org")
    dialog.saved.emit(account)  # what a successful save says; nothing may fail after it
    dialog.close()
