# SPDX-License-Identifier: GPL-3.0-or-later
"""From first Send to the message as the server received it, through the real widgets."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication

from composer.account.accounts import AccountStore
from composer.account.keystore import PasswordStore
from composer.data.store import Store
from ui.account_dialog import AccountDialog
from ui.main_window import MainWindow
from ui.send_dialog import SendDialog
from ui.workers import Runner

from ..mailserver import PASSWORD, USER
from .test_window import field, type_text


def ready(qtbot, send: SendDialog) -> None:
    """The dialog asks the keyring off the GUI thread; Send waits for its answer."""
    assert not send.send_button.isEnabled() or not send.looking_up
    qtbot.waitUntil(lambda: not send.looking_up, timeout=10_000)
    assert send.send_button.isEnabled() and not send.keyring_status.isVisible()


@pytest.fixture
def sender(qtbot, library, tmp_path, pool, secret_service, make_campaign, monkeypatch):
    """A window on a test campaign (example.org recipients) with its own account files."""
    from PySide6.QtCore import QSettings

    win = MainWindow(
        library,
        settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
        runner=Runner(pool),
        accounts=AccountStore(tmp_path / "account.json"),
        passwords=PasswordStore(),
        store=Store(tmp_path / "letters.db"),
    )
    qtbot.addWidget(win)
    from composer.campaigns.campaign import load_campaign

    toml_path = make_campaign()
    win.show_campaign(load_campaign(toml_path))
    win.show()
    return win


def save(qtbot, dialog: AccountDialog) -> None:
    """Save writes the keyring off the GUI thread; the dialog closes when it is done."""
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save()
    assert not dialog.saving and not dialog.isVisible()


def fill_account(dialog: AccountDialog, server, password: str = PASSWORD) -> None:
    type_text(dialog.email, USER)
    dialog.email.editingFinished.emit()
    dialog.name.clear()  # filled in from the details already typed, if any
    type_text(dialog.name, "Ana Lima")
    dialog.advanced.setChecked(True)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(server.port)
    dialog.security.setCurrentIndex(dialog.security.findData(server.mode))
    dialog.username.setText(USER)
    dialog.cafile.setText(server.cafile)
    type_text(dialog.password, password)


def test_first_send_sets_up_the_account_then_sends(sender: MainWindow, qtbot, mail_server) -> None:
    type_text(field(sender, "name"), "Айгүл Қасымова")
    type_text(field(sender, "town"), "Алматы")
    sender.send_letters()  # no account yet: the set-up dialog comes first
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, AccountDialog) and w.isVisible()
    )
    assert dialog.remember.isChecked() and dialog.remember.isEnabled()
    fill_account(dialog, mail_server)
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as verdict:
        dialog.test_button.click()
    assert verdict.args == [True], dialog.verdict.text()
    assert "It works" in dialog.verdict.text()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):  # the keyring is written off-thread
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    # Saved: the password is in the keyring, the send dialog follows by itself.
    assert PasswordStore().get(f"{USER}@127.0.0.1:{mail_server.port}") == PASSWORD
    send = sender.send_dialog
    assert isinstance(send, SendDialog) and send.isVisible()
    ready(qtbot, send)
    assert not send.password.isVisible()  # stored, not asked
    with qtbot.waitSignal(send.finished_sending, timeout=30_000) as done:
        send.send_button.click()
    assert [i.state for i in done.args[0]] == ["sent", "sent"]
    assert "every letter was sent (2)" in send.status.text()
    got = mail_server.received
    assert [r.rcpt_tos for r in got] == [["first@example.org"], ["second@example.net"]]
    message = got[0].message
    assert str(message["From"]) == f"Ana Lima <{USER}>"
    assert "Айгүл Қасымова, Алматы" in message.get_content()
    # The Sent list shows both.
    sent = sender.outbox_control.show_sent()
    assert sent.sent.topLevelItemCount() == 2
    assert sent.sent.topLevelItem(0).text(1) == "first@example.org"
    send.close_button.click()
    PasswordStore().forget(f"{USER}@127.0.0.1:{mail_server.port}")


def test_wrong_password_is_explained_in_the_dialog(sender, qtbot, starttls_server) -> None:
    dialog = sender.edit_account()
    fill_account(dialog, starttls_server, password="wrong")
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as verdict:
        dialog.test_button.click()
    assert verdict.args == [False]
    assert "refused your user name or password" in dialog.verdict.text()


def test_untrusted_certificate_is_explained(sender, qtbot, tls_server) -> None:
    dialog = sender.edit_account()
    fill_account(dialog, tls_server)
    dialog.cafile.clear()
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as verdict:
        dialog.test_button.click()
    assert verdict.args == [False]
    assert "certificate cannot be trusted" in dialog.verdict.text()
    assert tls_server.handler.auth_attempts == []


def test_send_reports_each_recipient(sender, qtbot, starttls_server) -> None:
    starttls_server.handler.refuse["second@example.net"] = "550 5.1.1 Unknown user"
    dialog = sender.edit_account()
    fill_account(dialog, starttls_server)
    dialog.ask.setChecked(True)  # not stored: asked when sending
    save(qtbot, dialog)
    type_text(field(sender, "name"), "Ana")
    send = sender.send_letters()
    assert send is not None
    key = dialog.account().key
    # Asked once for this session: in memory, never in the keyring.
    assert sender.passwords.get(key) == PASSWORD and PasswordStore().get(key) is None
    ready(qtbot, send)
    assert not send.password.isVisible()
    with qtbot.waitSignal(send.finished_sending, timeout=30_000):
        send.send_button.click()
    rows = [send.rows.item(i).text() for i in range(send.rows.count())]
    assert rows[0].startswith("✓") and rows[1].startswith("✗")
    assert "Unknown user" in rows[1]
    assert "1 of 2 letters sent" in send.status.text()


def test_ask_each_time_asks_in_the_send_dialog(sender, qtbot, starttls_server) -> None:
    from composer.account.accounts import Account

    account = Account(
        USER,
        "Ana",
        "127.0.0.1",
        starttls_server.port,
        "starttls",
        USER,
        starttls_server.cafile,
        ask_password=True,
    )
    sender.accounts.save(account)
    # An entry left in the keyring for this server (from before the user chose to be
    # asked each time) must not be used without asking.
    sender.passwords.save(account.key, "an old password")
    type_text(field(sender, "name"), "Ana")
    send = sender.send_letters()
    assert send is not None
    ready(qtbot, send)
    assert send.password.isVisible()
    send.send_button.click()  # no password yet: a clear word, nothing sent
    assert "type your password" in send.error.text() and send.pages.currentIndex() == 0
    send.password.setText(PASSWORD)
    with qtbot.waitSignal(send.finished_sending, timeout=30_000) as done:
        send.send_button.click()
    assert all(i.state == "sent" for i in done.args[0])


def test_cancel_stops_before_the_next_letter(sender, qtbot, starttls_server) -> None:
    from composer.account.accounts import Account

    sender.accounts.save(
        Account(
            USER,
            "Ana",
            "127.0.0.1",
            starttls_server.port,
            "starttls",
            USER,
            starttls_server.cafile,
            ask_password=True,
        )
    )
    sender.passwords.remember_for_session(sender.accounts.load().key, PASSWORD)
    type_text(field(sender, "name"), "Ana")
    send = sender.send_letters()
    assert send is not None
    ready(qtbot, send)
    send.cancel_event.set()  # as if Cancel was pressed the moment sending began
    with qtbot.waitSignal(send.finished_sending, timeout=30_000) as done:
        send.send_button.click()
    assert not any(i.state == "sent" for i in done.args[0])
    assert starttls_server.received == []
    assert "cancelled" in send.rows.item(0).text()


def test_send_needs_the_name_first(sender) -> None:
    assert sender.send_letters() is None
    assert field(sender, "name").hasFocus() or "c0392b" in field(sender, "name").styleSheet()


def test_oauth_provider_is_explained_and_not_saved(sender, tmp_path) -> None:
    dialog = sender.edit_account()
    type_text(dialog.email, "ana@outlook.com")
    dialog.email.editingFinished.emit()
    assert "OAuth2" in dialog.provider_note.text() and "mail app" in dialog.provider_note.text()
    type_text(dialog.name, "Ana")
    type_text(dialog.password, "x")
    dialog.save()
    assert dialog.isVisible() and not (tmp_path / "account.json").exists()


def test_app_password_providers_say_so(sender) -> None:
    dialog = sender.edit_account()
    type_text(dialog.email, "ana@gmail.com")
    dialog.email.editingFinished.emit()
    assert "app password" in dialog.provider_note.text()
    assert (dialog.host.text(), dialog.port.value()) == ("smtp.gmail.com", 465)
    assert dialog.security.currentData() == "tls"


def test_no_secure_keyring_means_ask_each_time(qtbot, tmp_path, pool) -> None:
    dialog = AccountDialog(
        AccountStore(tmp_path / "a.json"), PasswordStore(fail.Keyring()), Runner(pool)
    )
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled() and dialog.ask.isChecked()
    assert "no secure password store" in dialog.keyring_note.text()


def test_a_slow_keyring_does_not_freeze_the_send_dialog(sender, qtbot, starttls_server) -> None:
    """A locked keyring waits on its unlock prompt: the dialog opens at once, says it is
    looking, and Send waits for the answer (asked on a pool thread, not the GUI's)."""
    import threading

    dialog = sender.edit_account()
    fill_account(dialog, starttls_server)
    save(qtbot, dialog)
    sender.send_dialog = None
    unlock = threading.Event()
    asked_on: list[threading.Thread] = []
    real_get = sender.passwords.get

    def slow_get(key: str) -> str | None:  # the real keyring, behind an unlock prompt
        asked_on.append(threading.current_thread())
        unlock.wait(10)
        return real_get(key)

    sender.passwords.get = slow_get  # type: ignore[method-assign]
    type_text(field(sender, "name"), "Ana")
    send = sender.send_letters()
    assert send is not None and send.looking_up
    assert send.keyring_status.isVisible() and not send.send_button.isEnabled()
    send.send_button.click()  # nothing happens while the keyring is asked
    assert send.pages.currentIndex() == 0
    unlock.set()
    ready(qtbot, send)
    assert asked_on and asked_on[0] is not threading.main_thread()
    assert not send.password.isVisible()  # the stored password was found


def test_test_connection_asks_the_keyring_off_the_gui_thread(
    sender, qtbot, starttls_server
) -> None:
    """An empty password field: the stored password is looked up on a pool thread; with
    none stored, the verdict asks for one and nothing is sent to the server."""
    import threading

    dialog = sender.edit_account()
    fill_account(dialog, starttls_server)
    save(qtbot, dialog)  # stored in the keyring
    again = sender.edit_account()
    assert again.password.text() == ""
    asked_on: list[threading.Thread] = []
    real_get = sender.passwords.get

    def watched_get(key: str) -> str | None:
        asked_on.append(threading.current_thread())
        return real_get(key)

    sender.passwords.get = watched_get  # type: ignore[method-assign]
    with qtbot.waitSignal(again.tested, timeout=20_000) as verdict:
        again.test_button.click()
    assert verdict.args == [True], again.verdict.text()
    assert asked_on and all(t is not threading.main_thread() for t in asked_on)
    sender.passwords.forget(again.account().key)
    with qtbot.waitSignal(again.tested, timeout=20_000) as verdict:
        again.test_button.click()
    assert verdict.args == [False] and "type your password" in again.verdict.text()


def test_saving_writes_the_keyring_off_the_gui_thread(sender, qtbot, starttls_server) -> None:
    import threading

    dialog = sender.edit_account()
    fill_account(dialog, starttls_server)
    unlock = threading.Event()
    written_on: list[threading.Thread] = []
    real_save = sender.passwords.save

    def slow_save(key: str, password: str) -> None:  # a keyring behind an unlock prompt
        written_on.append(threading.current_thread())
        unlock.wait(10)
        real_save(key, password)

    sender.passwords.save = slow_save  # type: ignore[method-assign]
    dialog.save()
    assert dialog.saving and dialog.isVisible() and not dialog.buttons.isEnabled()
    assert "Saving" in dialog.verdict.text()
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        unlock.set()
    assert written_on and written_on[0] is not threading.main_thread()
    assert PasswordStore().get(dialog.account().key) == PASSWORD
