# SPDX-License-Identifier: GPL-3.0-or-later
"""Each letter once, in the window: Send again after sending asks first (default No), and
a letter already waiting in the outbox is never queued a second time."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtWidgets import QMessageBox

from composer.account.accounts import Account
from composer.templates.dates import letter_date
from ui.main_window import MainWindow
from ui.send_dialog import SendDialog

from ..mailserver import PASSWORD, USER
from .test_send_flow import ready, sender  # noqa: F401 - the fixture
from .test_window import field, type_text

Yes, No, Cancel = (
    QMessageBox.StandardButton.Yes,
    QMessageBox.StandardButton.No,
    QMessageBox.StandardButton.Cancel,
)


@pytest.fixture
def win(sender: MainWindow, starttls_server) -> MainWindow:  # noqa: F811
    account = Account(
        USER, "Ana", "127.0.0.1", starttls_server.port, "starttls", USER, starttls_server.cafile
    )
    sender.accounts.save(account)
    sender.passwords.save(account.key, PASSWORD)
    type_text(field(sender, "name"), "Ana")
    yield sender
    sender.passwords.forget(account.key)


def send(qtbot, dialog: SendDialog | None) -> list:
    assert isinstance(dialog, SendDialog) and dialog.isVisible()
    ready(qtbot, dialog)
    with qtbot.waitSignal(dialog.finished_sending, timeout=30_000) as done:
        dialog.send_button.click()
    dialog.close_button.click()
    return done.args[0]


def answer(win: MainWindow, button: QMessageBox.StandardButton) -> None:
    box = win.send_once.question
    assert box is not None and box.isVisible()
    box.button(button).click()
    assert not box.isVisible()


def test_sending_again_asks_first_and_no_sends_only_to_the_others(win, qtbot, starttls_server):
    win.letter.set_recipient_checked(1, False)
    assert [i.state for i in send(qtbot, win.send_letters())] == ["sent"]
    # Send again, to both: one clear question naming the first and the day, default No.
    win.letter.set_recipient_checked(1, True)
    assert win.send_letters() is None
    box = win.send_once.question
    assert box.objectName() == "sendAgainQuestion" and box.isVisible()
    today = letter_date(dt.date.today(), "en")
    assert box.text() == f"You sent this letter to First Office on {today}. Send it again?"
    assert box.defaultButton() is box.button(No)
    assert "If you answer No, it goes only to Second Office." in box.informativeText()
    if os.environ.get("LETTER_COMPOSER_SHOTS"):
        box.grab().save(os.path.join(os.environ["LETTER_COMPOSER_SHOTS"], "send-again.png"))
    answer(win, No)
    dialog = win.send_dialog
    assert [p.recipient.email for p in dialog.planned] == ["second@example.net"]
    assert [i.email for i in send(qtbot, dialog)] == ["second@example.net"]
    assert [r.rcpt_tos for r in starttls_server.received] == [
        ["first@example.org"],
        ["second@example.net"],
    ]
    # Both have it now: the question lists both; Cancel sends nothing, No neither.
    assert win.send_letters() is None
    box = win.send_once.question
    assert "You already sent this letter to:" in box.text()
    assert f"First Office on {today}" in box.text() and f"Second Office on {today}" in box.text()
    assert box.button(Cancel) is None  # nobody else to send to: No is the way out
    assert "nothing is sent" in box.informativeText()
    if os.environ.get("LETTER_COMPOSER_SHOTS"):
        box.grab().save(os.path.join(os.environ["LETTER_COMPOSER_SHOTS"], "send-again-both.png"))
    answer(win, No)
    assert win.send_dialog is dialog and "Nothing sent" in win.statusBar().currentMessage()
    # Yes sends to both again.
    win.send_letters()
    answer(win, Yes)
    assert [i.state for i in send(qtbot, win.send_dialog)] == ["sent", "sent"]
    assert len(starttls_server.received) == 4


def test_a_letter_marked_sent_by_post_asks_too(win, qtbot, starttls_server) -> None:
    win.outbox.record_sent("test-campaign", "First Office", "First@Example.ORG", "S", "post")
    win.letter.set_recipient_checked(1, False)
    assert win.send_letters() is None
    assert ", by post. Send it again?" in win.send_once.question.text()
    answer(win, No)
    assert starttls_server.received == [] and win.send_dialog is None


def test_a_letter_waiting_is_never_queued_twice(win, qtbot, starttls_server) -> None:
    starttls_server.handler.refuse["second@example.net"] = "451 4.3.0 Try again later"
    assert [i.state for i in send(qtbot, win.send_letters())] == ["sent", "queued"]
    starttls_server.handler.refuse.clear()
    # Send again: the first asks; the second waits already, and the question says so.
    win.send_letters()
    box = win.send_once.question
    assert "Already waiting in the outbox, not queued again: Second Office." in (
        box.informativeText()
    )
    answer(win, Yes)
    dialog = win.send_dialog
    assert [p.recipient.email for p in dialog.planned] == ["first@example.org"]
    assert dialog.waiting_note.isVisible()
    assert "Second Office <second@example.net>" in dialog.waiting_note.text()
    if os.environ.get("LETTER_COMPOSER_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["LETTER_COMPOSER_SHOTS"], "send-waiting.png"))
    send(qtbot, dialog)
    # Only the waiting one chosen: nothing is queued, the user is told and offered the outbox.
    win.letter.set_recipient_checked(0, False)
    assert win.send_letters() is None and win.send_once.question is None
    notice = win.notice
    assert notice.isVisible() and "not queued again: Second Office" in notice.text()
    if os.environ.get("LETTER_COMPOSER_SHOTS"):
        notice.grab().save(os.path.join(os.environ["LETTER_COMPOSER_SHOTS"], "waiting.png"))
    [open_outbox] = [b for b in notice.buttons() if "Outbox" in b.text()]
    open_outbox.click()
    assert win.outbox_control.dialog.isVisible()
    states = [i.state for i in win.outbox.items() if i.email == "second@example.net"]
    assert states == ["queued"]  # one letter, not two
    assert [r.rcpt_tos for r in starttls_server.received] == [
        ["first@example.org"],
        ["first@example.org"],
    ]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "Vous avez envoyé cette lettre à First Office le {day}, par la poste. L'envoyer"),
        ("ru", "Вы уже отправили это письмо получателю «First Office» {day}, обычной почтой."),
    ],
)
def test_the_question_in_the_users_language(win, qapp, lang, expected) -> None:
    from ui.i18n import Translations

    translations = Translations(qapp)
    win.translations = translations
    try:
        win.set_ui_language(lang)
        win.outbox.record_sent("test-campaign", "First Office", "first@example.org", "S", "post")
        win.letter.set_recipient_checked(1, False)
        win.send_letters()
        box = win.send_once.question
        day = letter_date(dt.date.today(), lang)  # 4 décembre 2026, 4 декабря 2026 г.
        assert box.text().startswith(expected.format(day=day)), box.text()
        assert box.windowTitle() == {"fr": "Déjà envoyée", "ru": "Уже отправлено"}[lang]
        assert {b.text() for b in box.buttons()} == {
            "fr": {"&Oui", "&Non"},
            "ru": {"&Да", "&Нет"},
        }[lang]
        if os.environ.get("LETTER_COMPOSER_SHOTS"):
            box.grab().save(os.path.join(os.environ["LETTER_COMPOSER_SHOTS"], f"again-{lang}.png"))
        answer(win, No)
    finally:
        translations.use("en")
