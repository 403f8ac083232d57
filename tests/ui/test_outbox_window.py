# SPDX-License-Identifier: GPL-3.0-or-later
"""Drafts and the outbox in the window: autosave, restore, queued count, Send now."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from composer.account.accounts import Account, AccountStore
from composer.account.keystore import PasswordStore
from composer.campaigns.campaign import load_campaign
from composer.data.drafts import DraftStore
from composer.data.store import Store
from ui.main_window import MainWindow
from ui.workers import Runner

from ..mailserver import PASSWORD, USER, MailServer, free_port
from .test_window import field, type_text


@pytest.fixture
def make_window(qtbot, library, tmp_path, pool, make_campaign):
    campaign_path = make_campaign()

    def make() -> MainWindow:
        win = MainWindow(
            library,
            settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
            runner=Runner(pool),
            accounts=AccountStore(tmp_path / "account.json"),
            passwords=PasswordStore(),
            store=Store(tmp_path / "letters.db"),
        )
        qtbot.addWidget(win)
        win.show_campaign(load_campaign(campaign_path))
        win.show()
        return win

    return make


def test_draft_is_saved_within_a_second_and_restored(make_window, qtbot, tmp_path) -> None:
    win = make_window()
    type_text(field(win, "name"), "Ана")
    type_text(win.letter.body, "My words. ")
    win.letter.set_recipient_checked(1, False)
    store = DraftStore(Store(tmp_path / "letters.db"))
    campaign = win.campaign
    qtbot.waitUntil(
        lambda: (d := store.load(campaign)) is not None and d.values["name"] == "Ана", timeout=1500
    )
    again = make_window()  # as at the next start
    assert again.letter.draft.values["name"] == "Ана"
    assert "My words. " in again.letter.body.toPlainText()
    assert again.letter._checked_emails() == ["first@example.org"]
    assert again.letter.draft.hand_edited


def test_offline_letters_wait_then_go(
    make_window, qtbot, tmp_path, secret_service, monkeypatch
) -> None:
    port = free_port()
    with MailServer(tmp_path, "starttls", port=port) as probe:
        cafile = probe.cafile
    win = make_window()
    account = Account(USER, "Ana", "127.0.0.1", port, "starttls", USER, cafile)
    win.accounts.save(account)
    win.passwords.remember_for_session(account.key, PASSWORD)
    type_text(field(win, "name"), "Ana")
    send = win.send_letters()
    assert send is not None
    qtbot.waitUntil(lambda: not send.looking_up, timeout=10_000)  # the keyring's answer
    with qtbot.waitSignal(send.finished_sending, timeout=30_000):
        send.send_button.click()
    rows = [send.rows.item(i).text() for i in range(send.rows.count())]
    assert all("waiting in the outbox" in r for r in rows), rows
    assert (
        "Outbox: 2 waiting" in win.outbox_control.button.text()
        and win.outbox_control.button.isVisible()
    )

    # At the next start the notice says so; Send now in the outbox delivers them, once.
    again = make_window()
    again.passwords.remember_for_session(account.key, PASSWORD)  # as if typed when asked
    again.outbox_control.start()
    assert "waiting in the outbox" in again.statusBar().currentMessage()
    with MailServer(tmp_path, "starttls", port=port) as server:
        dialog = again.outbox_control.show_outbox()
        assert dialog.waiting.topLevelItemCount() == 2
        with qtbot.waitSignal(again.outbox_control.processed, timeout=30_000):
            dialog.send_button.click()
        assert sorted(server.copies().values()) == [1, 1]
    dialog.refresh()
    assert dialog.waiting.topLevelItemCount() == 0 and dialog.sent.topLevelItemCount() == 2
    assert not again.outbox_control.button.isVisible()
    dialog.forget_button.click()  # asked first: the conftest answers as if cancelled
    assert dialog.sent.topLevelItemCount() == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.forget_button.click()
    assert dialog.sent.topLevelItemCount() == 0


def test_the_app_reopens_the_campaign_left_open(
    qtbot, library, tmp_path, make_archive, pool
) -> None:
    from ui.app import last_campaign

    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    win = MainWindow(
        library, settings=settings, runner=Runner(pool), store=Store(tmp_path / "letters.db")
    )
    qtbot.addWidget(win)
    assert last_campaign(library, settings) is None
    path = make_archive()
    with qtbot.waitSignal(win.campaign_loaded, timeout=10_000):
        win.open_path(path)
    reopened = last_campaign(
        library, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    assert reopened is not None and reopened.source == path.resolve()
    path.unlink()  # moved away: the app falls back to the built-in campaign
    assert last_campaign(library, settings) is None


def test_start_notice_when_letters_wait(make_window, tmp_path, secret_service) -> None:
    win = make_window()
    account = Account(USER, "Ana", "127.0.0.1", free_port(), "starttls", USER, "")
    win.accounts.save(account)
    from composer.mail.sending import plan

    win.letter.draft.values["name"] = "Ana"
    win.outbox.enqueue(win.campaign.id, plan(win.campaign, win.letter.draft, account))
    again = make_window()  # no password known: nothing is tried, the notice explains
    again.outbox_control.start()
    assert again.outbox_control.banner.isVisible()
    assert "waiting in the outbox: 2" in again.outbox_control.banner_text.text()
    # The notice follows a language switch, as every other text of the window does.
    from PySide6.QtWidgets import QApplication

    from ui.i18n import Translations

    again.translations = Translations(QApplication.instance())
    try:
        again.set_ui_language("fr")
        text = again.outbox_control.banner_text.text()
        assert "waiting in the outbox" not in text and "2" in text, text
    finally:
        again.translations.use("en")
