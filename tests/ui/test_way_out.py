# SPDX-License-Identifier: GPL-3.0-or-later
"""A clear way out of every problem (issue 15): letters held for an account problem say
so and go once it is fixed; a typed password is never swapped; Send now says what it
did; the account dialog's texts are whole and its name taken from the details."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from composer.account.accounts import Account
from composer.account.keystore import PasswordStore
from composer.mail.sending import plan
from ui.main_window import MainWindow

from ..mailserver import PASSWORD, USER
from . import test_send_flow
from .test_send_flow import fill_account, save
from .test_window import field, type_text

sender = test_send_flow.sender  # the fixture: a window on a test campaign
SHOTS = Path(os.environ.get("LC_SHOTS", "/nonexistent"))  # pictures to look at


def shot(widget, name: str) -> None:
    """A picture to look at, where the developer asked for them (LC_SHOTS=folder)."""
    QApplication.processEvents()  # the layout follows the last change first
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / f"{name}.png"))


def send_with_a_wrong_password(sender: MainWindow, qtbot, server):
    """An account whose password the server refuses, and the letter sent with it: the
    send dialog, its letters done (held for the account)."""
    dialog = sender.edit_account()
    fill_account(dialog, server, password="wrong")
    save(qtbot, dialog)
    type_text(field(sender, "name"), "Ana Lima")
    send = sender.send_letters()
    assert send is not None
    qtbot.waitUntil(lambda: not send.looking_up, timeout=10_000)
    with qtbot.waitSignal(send.finished_sending, timeout=30_000):
        send.send_button.click()
    return send


def test_a_typed_password_is_not_swapped_for_an_older_stored_one(
    sender: MainWindow, qtbot, starttls_server
) -> None:
    passwords = PasswordStore()
    right = Account(USER, "Ana", "127.0.0.1", starttls_server.port, "starttls", USER, "")
    passwords.save(right.key, "an older password")  # from an earlier set-up
    try:
        # The password typed with a mistyped server name is stored under that name...
        dialog = sender.edit_account()
        fill_account(dialog, starttls_server)
        dialog.host.setText("mail.invalid")
        save(qtbot, dialog)
        # ... and the server name corrected later, the password field left "(unchanged)".
        dialog = sender.edit_account()
        assert dialog.password.text() == "" and dialog.password.placeholderText()
        dialog.host.setText("127.0.0.1")
        with qtbot.waitSignal(dialog.tested, timeout=20_000) as verdict:
            dialog.test_button.click()
        assert verdict.args == [True], dialog.verdict.text()
        save(qtbot, dialog)
        assert passwords.get(right.key) == PASSWORD
        assert passwords.get(f"{USER}@mail.invalid:{starttls_server.port}") is None
    finally:
        passwords.forget(right.key)
        passwords.forget(f"{USER}@mail.invalid:{starttls_server.port}")


def test_letters_held_for_the_account_say_so_and_go_once_it_is_fixed(
    sender: MainWindow, qtbot, starttls_server
) -> None:
    send = send_with_a_wrong_password(sender, qtbot, starttls_server)
    rows = [send.rows.item(i).text() for i in range(send.rows.count())]
    assert all(r.startswith("!") and "until the mail account is fixed" in r for r in rows), rows
    assert not any("retried" in r for r in rows)
    shot(send, "send-account-problem")
    send.close_button.click()
    # The window says so, with the way out; so does the outbox.
    control = sender.outbox_control
    assert control.banner.isVisible() and control.banner_fix.isVisible()
    text = control.banner_text.text()
    assert text.startswith("The mail account needs attention: the mail server refused"), text
    assert "2 letters wait until" in text
    assert "2 wait for the mail account" in control.button.text()
    shot(sender, "window-account-banner")
    outbox = control.show_outbox()
    states = {outbox.waiting.topLevelItem(i).text(0) for i in range(2)}
    assert states == {"the mail account needs attention"}
    assert outbox.fix_button.isVisible()
    outbox.waiting.topLevelItem(0).setSelected(True)
    assert "the mail account needs attention: the mail server refused" in outbox.detail.text()
    shot(outbox, "outbox-account-problem")
    assert starttls_server.received == []
    # Fix the Mail Account…: the right password saved, the letters go, once each.
    with qtbot.waitSignal(control.processed, timeout=30_000):
        fix = control.fix_account()
        assert fix.name.text() == "Ana Lima"
        type_text(fix.password, PASSWORD)
        save(qtbot, fix)
    assert sorted(starttls_server.copies().values()) == [1, 1]
    assert sender.outbox.count("account", "queued") == 0
    assert not control.banner.isVisible() and not control.button.isVisible()
    assert outbox.waiting.topLevelItemCount() == 0 and outbox.sent.topLevelItemCount() == 2
    assert outbox.result.text() == "Send now: sent: 2.", outbox.result.text()
    PasswordStore().forget(f"{USER}@127.0.0.1:{starttls_server.port}")


def test_send_now_says_what_happened_and_the_start_banner_follows(
    sender: MainWindow, qtbot, starttls_server
) -> None:
    port, cafile = starttls_server.port, starttls_server.cafile
    account = Account(USER, "Ana", "127.0.0.1", port, "starttls", USER, cafile)
    sender.accounts.save(account)
    sender.letter.draft.values["name"] = "Ana"
    sender.outbox.enqueue(sender.campaign.id, plan(sender.campaign, sender.letter.draft, account))
    control = sender.outbox_control
    control.start()  # no password known yet: the letters wait, the banner counts them
    assert control.banner.isVisible() and "outbox: 2" in control.banner_text.text()
    qtbot.waitUntil(lambda: not control.busy, timeout=10_000)
    sender.passwords.remember_for_session(account.key, PASSWORD)
    outbox = control.show_outbox()
    with qtbot.waitSignal(control.processed, timeout=30_000):
        outbox.send_button.click()
        assert outbox.result.text() == "Sending 2 letters…"
    assert outbox.result.isVisible() and outbox.result.text() == "Send now: sent: 2."
    assert outbox.waiting.topLevelItemCount() == 0 and outbox.sent.topLevelItemCount() == 2
    shot(outbox, "outbox-send-now-result")
    # The start banner counted letters that have gone: it goes too, and says so.
    assert not control.banner.isVisible()
    assert "have gone" in sender.statusBar().currentMessage()
    # Nothing left: Send now says so instead of doing nothing silently.
    outbox.send_button.setEnabled(True)
    outbox.send_button.click()
    assert outbox.result.text() == "Nothing is waiting to be sent."


def test_the_account_dialog_shows_its_texts_whole_and_takes_the_name(
    sender: MainWindow, qtbot
) -> None:
    from PySide6.QtWidgets import QLabel

    type_text(field(sender, "name"), "Ana  Lima")
    dialog = sender.edit_account()
    assert dialog.name.text() == "Ana Lima"  # from the details already typed
    size = dialog.size()
    type_text(dialog.email, "ana@hotmail.com")  # a provider the app cannot send through
    dialog.email.editingFinished.emit()
    dialog.save()  # refused, with the reason under the buttons as well
    assert "OAuth2" in dialog.verdict.text()
    QApplication.processEvents()
    shot(dialog, "account-dialog-error")
    assert dialog.width() == size.width()  # at the default size, grown in height only
    cut = [
        label.text()[:40]
        for label in dialog.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]
    assert not cut, cut
    # A saved account's own name is kept.
    dialog.name.setText("A. Lima")
    dialog.email.setText("ana@example.org")
    dialog.advanced.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.ask.setChecked(True)
    save(qtbot, dialog)
    again = sender.edit_account()
    assert again.name.text() == "A. Lima"
    again.reject()


def test_why_a_letter_waits_is_said_in_the_users_language(
    sender: MainWindow, qtbot, starttls_server
) -> None:
    """The server's refusal is kept as problems beside the English sentence: the window
    says it in French (banner, outbox), the command line keeps its English last_error."""
    from dataclasses import replace

    from PySide6.QtCore import QCoreApplication

    from composer.mail.outbox import problems_of
    from composer.problems import MESSAGES
    from ui.i18n import Translations

    send = send_with_a_wrong_password(sender, qtbot, starttls_server)
    send.close_button.click()
    held = sender.outbox.items(("account",))
    assert held and held[0].last_error.startswith("the mail server refused your user name")
    assert [p.code for p in problems_of(held[0])] == ["smtp-auth-failed"]
    translations = Translations(QApplication.instance())
    try:
        translations.use("fr")
        french = QCoreApplication.translate("Problem", MESSAGES["smtp-auth-failed"])
        start = french.split("{", 1)[0].strip()
        assert start and not MESSAGES["smtp-auth-failed"].startswith(start)
        control = sender.outbox_control
        control.update_banner()
        assert start in control.banner_text.text(), control.banner_text.text()
        outbox = control.show_outbox()
        reasons = [outbox.waiting.topLevelItem(i).text(4) for i in range(2)]
        assert all(r.startswith(start) for r in reasons), reasons
        outbox.close()
    finally:
        translations.use("en")
    # Damaged or stale problems never stand in for the sentence written beside them.
    item = held[0]
    assert problems_of(replace(item, last_error="campaign closed")) == []
    assert problems_of(replace(item, problems="[{not json")) == []
    assert problems_of(replace(item, problems='[{"code": "no-such-code"}]')) == []


def test_a_servers_words_are_shown_as_text_never_as_markup(
    sender: MainWindow, qtbot, starttls_server
) -> None:
    """A hostile or broken server's reply (kept as the reason) cannot style the window."""
    from PySide6.QtCore import Qt

    send = send_with_a_wrong_password(sender, qtbot, starttls_server)
    send.close_button.click()
    with sender.outbox.store.write() as db:  # as if the server had answered with markup
        db.execute("UPDATE letters SET last_error = '<b>bold</b> <img src=x>', problems = ''")
    control = sender.outbox_control
    control.update_banner()
    assert control.banner_text.textFormat() == Qt.TextFormat.PlainText
    assert "<b>bold</b>" in control.banner_text.text()
    outbox = control.show_outbox()
    outbox.waiting.setCurrentItem(outbox.waiting.topLevelItem(0))
    assert outbox.detail.textFormat() == Qt.TextFormat.PlainText
    assert "<b>bold</b>" in outbox.detail.text()
    outbox.close()
