# SPDX-License-Identifier: GPL-3.0-or-later
"""Regressions found by driving the window as a user: each was a real bug once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.main_window import MainWindow

from ..conftest import MINIMAL_TOML
from .test_window import field, screenshot, type_text


def open_and_wait(window: MainWindow, qtbot, path: Path) -> None:
    with qtbot.waitSignal(window.campaign_loaded, timeout=10_000):
        window.open_path(path)


def test_opening_campaigns_again_and_again(window, qtbot, make_archive, make_campaign) -> None:
    for path in (make_archive(), make_campaign(), make_archive()):
        open_and_wait(window, qtbot, path)
        name = field(window, "name")
        type_text(name, "A")
        name.clear()
        assert "'Your name' is required" in window.letter.details_hint.text()
        assert set(window.letter.editors) == {"name", "town", "note"}
    assert "Dear First," in window.letter.body.toPlainText()


def test_typing_in_a_field_keeps_the_letter_where_it_was(window) -> None:
    body = window.letter.body
    body.resize(600, 200)
    QApplication.processEvents()
    bar = body.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    cursor = body.textCursor()
    cursor.setPosition(400)
    body.setTextCursor(cursor)
    top = body.cursorForPosition(body.viewport().rect().topLeft()).position()
    type_text(field(window, "town"), "Gent")
    QApplication.processEvents()
    assert body.cursorForPosition(body.viewport().rect().topLeft()).position() == top
    assert body.textCursor().position() == 400
    assert "Gent" in body.toPlainText()


def test_switching_the_preview_never_changes_the_users_words(window) -> None:
    body = window.letter.body
    text = body.toPlainText().replace("Your Excellency,", "Dear Ambassador Smith,")
    body.setPlainText(text)  # as if typed
    preview = window.letter.preview_for
    for index in (1, 0, 1, 0):
        preview.setCurrentIndex(index)
        preview.activated.emit(index)
    assert "Dear Ambassador Smith," in body.toPlainText()
    assert window.letter.draft.body == text


def test_undoing_an_edit_makes_the_letter_follow_again(window) -> None:
    body = window.letter.body
    body.setFocus()
    type_text(body, "x")
    assert window.letter.draft.hand_edited
    body.undo()
    assert not window.letter.draft.hand_edited
    type_text(field(window, "name"), "Ana")
    assert "Ana" in body.toPlainText()


def test_template_refills_are_not_in_the_users_undo_history(window) -> None:
    type_text(field(window, "name"), "Ana")
    assert not window.letter.body.document().isUndoAvailable()


def test_ampersands_in_campaign_text_are_shown_as_written(window, qtbot, make_campaign) -> None:
    toml = MINIMAL_TOML.replace('name = "First Office"', 'name = "Labour & Social"').replace(
        'label = { en = "Town" }', 'label = { en = "Town & region" }'
    )
    open_and_wait(window, qtbot, make_campaign({"campaign.toml": toml}))
    label = window.letter.labels["town"].text()  # '&&' is a shown '&'; one '&' a shortcut
    assert label.replace("&&", "\0").replace("&", "").replace("\0", "&") == "Town & region"
    assert label.count("&&") == 1
    assert window.letter.recipient_texts()[0] == "Labour & Social <first@example.org>"


def test_many_recipients_and_long_names_still_fit(window, qtbot, make_campaign, tmp_path) -> None:
    long = "Ministry of " + "Very " * 40 + "Long Names"
    many = "".join(
        f'[[recipients]]\nname = "Office {i}"\nemail = "o{i}@example.org"\n' for i in range(30)
    )
    toml = MINIMAL_TOML.replace('name = "First Office"', f'name = "{long}"')
    toml = toml.replace("[[fields]]", many + "[[fields]]", 1)
    path = make_campaign({"campaign.toml": toml})
    open_and_wait(window, qtbot, path)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint
    image = screenshot(tmp_path / "shot.png", str(path))
    assert (image.width(), image.height()) == (1280, 800)


def test_field_placeholders_follow_the_reading_language(window) -> None:
    combo = window.appeal.language
    combo.setCurrentIndex(combo.findData("fr"))
    assert field(window, "name").placeholderText() == "Prénom et nom"
    combo.setCurrentIndex(combo.findData("en"))
    assert field(window, "name").placeholderText() == "First and last name"


def test_each_campaign_keeps_its_draft(window, qtbot, make_archive, library) -> None:
    from ..conftest import BUILTIN

    type_text(field(window, "name"), "Ana")
    type_text(window.letter.body, "my own words ")
    open_and_wait(window, qtbot, make_archive())
    assert window.letter.draft.values["name"] == ""  # a new campaign, a new letter
    open_and_wait(window, qtbot, BUILTIN)
    assert window.letter.draft.values["name"] == "Ana"
    assert "my own words" in window.letter.body.toPlainText()
    assert window.letter.draft.hand_edited


def test_asks_before_losing_a_letter_that_cannot_be_saved(
    window, qtbot, make_archive, monkeypatch
) -> None:
    import sqlite3

    asked: list[str] = []

    def question(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    def full_disk(draft) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(window.drafts, "save", full_disk)
    type_text(field(window, "name"), "Ana")
    window.open_path(make_archive())
    assert asked == ["Discard your letter?"]
    assert window.letter.draft.values["name"] == "Ana"  # kept
    assert "could not be saved" in window.statusBar().currentMessage()
    window.close()
    assert window.isVisible()  # closing was cancelled too


def test_reset_action_is_enabled_only_for_hand_edits(window) -> None:
    assert not window.menus.reset_action.isEnabled()
    type_text(window.letter.body, "x")
    assert window.menus.reset_action.isEnabled()


def test_tab_goes_from_the_details_to_the_letter(window) -> None:
    order = []
    widget = field(window, "name")
    for _ in range(12):
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
    assert order[:9] == [
        "field_name",
        "field_town",
        "field_country",
        "field_organisation",
        "field_personal_note",
        "recipients",
        "letterLanguage",
        "previewFor",
        "subject",
    ]
    assert order[9] == "body"
