# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings › Network (a real SOCKS5 proxy), Forget Everything and Forget This Campaign's
Letters, the Sent list as a choice, and the note on links that do not use the proxy."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from composer.account.accounts import Account, AccountStore
from composer.account.keystore import SERVICE, PasswordStore
from composer.campaigns.library import Library
from composer.campaigns.trust import PinStore
from composer.data.drafts import Draft
from composer.forget import app_folders
from composer.mail.sending import plan
from composer.paths import config_dir
from ui.account_dialog import AccountDialog
from ui.main_window import MainWindow
from ui.network_dialog import NetworkDialog
from ui.workers import Runner

from ..mailserver import PASSWORD, USER, free_port
from .test_deliver import links, win  # noqa: F401 - fixtures
from .test_languages import polyglot, translations  # noqa: F401 - fixtures
from .test_send_flow import fill_account, save, sender  # noqa: F401 - fixtures
from .test_window import field, type_text

TYPED = "Менің өз сөздерім, Zhanartu"  # what the supporter typed: must end up in no file


def shot(widget, name: str) -> None:
    """Keep a picture when LETTER_COMPOSER_SHOTS names a folder (to look at them)."""
    folder = os.environ.get("LETTER_COMPOSER_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def visible(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def test_the_proxy_is_chosen_at_set_up_and_letters_wait_when_it_is_down(
    sender,  # noqa: F811 - the fixture
    qtbot,
    starttls_server,
    socks_proxy,
) -> None:
    type_text(field(sender, "name"), "Ana")
    sender.privacy.edit_network()  # no account yet: the set-up, which has the choice
    dialog = visible(AccountDialog)
    assert dialog.network_words.text() == "directly"
    fill_account(dialog, starttls_server)
    dialog.host.setText("localhost")  # a name, for the proxy to resolve
    network = dialog.change_network()
    assert isinstance(network, NetworkDialog)
    assert "does not hide who you are from your mail provider" in " ".join(
        label.text() for label in network.findChildren(type(dialog.verdict))
    )
    network.socks.setChecked(True)
    network.host.setText("127.0.0.1")
    network.port.setValue(socks_proxy.port)
    with qtbot.waitSignal(network.checked, timeout=10_000) as answer:
        network.check_button.click()
    assert answer.args == [True] and network.verdict.text() == "The proxy answers."
    shot(network, "network-dialog.png")
    network.buttons.button(network.buttons.StandardButton.Save).click()
    assert dialog.network_words.text() == f"through the proxy 127.0.0.1:{socks_proxy.port}"
    shot(dialog, "account-dialog-proxy.png")
    # Test connection goes through it, the name resolved by the proxy.
    with qtbot.waitSignal(dialog.tested, timeout=20_000) as verdict:
        dialog.test_button.click()
    assert verdict.args == [True], dialog.verdict.text()
    assert f"connected to localhost:{starttls_server.port}" in socks_proxy.log()
    save(qtbot, dialog)
    assert AccountStore(sender.accounts.path).load().proxy == socks_proxy.url

    # The proxy stops: the letters wait with the reason; nothing reached the server.
    socks_proxy.stop()
    mails_before = list(starttls_server.handler.mails)
    send = sender.send_letters()
    qtbot.waitUntil(lambda: sender.send_dialog is not None and not sender.send_dialog.looking_up)
    send = sender.send_dialog
    with qtbot.waitSignal(send.finished_sending, timeout=30_000) as done:
        send.send_button.click()
    assert {i.state for i in done.args[0]} == {"queued"}
    assert starttls_server.handler.mails == mails_before
    box = sender.outbox_control.show_outbox()
    assert "does not answer" in box.waiting.topLevelItem(0).text(4)
    send.close_button.click()

    # Settings › Network with an account: the same dialog, saved into the account.
    network = sender.privacy.edit_network()
    assert network is not None and network.socks.isChecked()
    network.direct.setChecked(True)
    network.buttons.button(network.buttons.StandardButton.Save).click()
    assert AccountStore(sender.accounts.path).load().proxy == ""
    PasswordStore().forget(f"{USER}@localhost:{starttls_server.port}")


def test_the_tor_choice_says_plainly_when_no_tor_runs(qtbot, pool) -> None:
    from composer.network import find_tor

    if find_tor() is not None:
        pytest.fail("a Tor runs on this machine (port 9050 or 9150): this test needs none")
    dialog = NetworkDialog("tor", Runner(pool))
    qtbot.addWidget(dialog)
    assert dialog.tor.isChecked() and not dialog.host.isEnabled()
    with qtbot.waitSignal(dialog.checked, timeout=10_000) as answer:
        dialog.check_button.click()
    assert answer.args == [False]
    assert dialog.verdict.text().startswith("Tor is not running on this computer")
    dialog.socks.setChecked(True)
    dialog.host.clear()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() is False or dialog.result() != dialog.DialogCode.Accepted
    assert dialog.verdict.text() == "Please type the proxy's address."


def test_links_opened_elsewhere_say_they_do_not_use_the_proxy(win, links) -> None:  # noqa: F811
    type_text(field(win, "name"), "Ana")
    webmail = win.delivery.open_in_webmail("gmail")
    assert webmail is not None and not webmail.proxy_note.isVisible()
    assert len(links.urls) == 1  # without a proxy the first message opens at once
    webmail.close()
    AccountStore().save(Account(USER, "Ana", "smtp.example.org", 465, "tls", USER, proxy="tor"))
    opened = len(links.urls)
    webmail = win.delivery.open_in_webmail("gmail")
    assert webmail.proxy_note.isVisible()
    # Nothing opens before the note is read: the first message waits for the button.
    assert len(links.urls) == opened and webmail.opened == []
    webmail.next_button.click()
    assert len(links.urls) == opened + 1
    assert "your browser connects the way it is set to" in webmail.proxy_note.text()
    shot(webmail, "webmail-proxy-note.png")
    webmail.close()
    mail_app = win.delivery.open_in_mail_app()
    assert "your mail app connects the way it is set to" in mail_app.proxy_note.text()


def test_keeping_a_sent_list_is_a_choice(sender) -> None:  # noqa: F811
    campaign = sender.campaign
    sender.outbox.record_sent(campaign.id, "First Office", "first@example.org", "S", "post")
    dialog = sender.outbox_control.show_sent()
    assert dialog.keep_sent.isChecked()
    assert "Without it the app keeps only what stops a letter going twice" in (
        dialog.keep_note.text()
    )
    assert dialog.sent.topLevelItem(0).text(0) == "First Office"
    dialog.keep_sent.click()
    assert not sender.outbox.keep_sent
    assert dialog.keep_note.text().startswith("No Sent list is kept")
    row = dialog.sent.topLevelItem(0)
    assert (row.text(0), row.text(1)) == ("", "first@example.org")  # address and date only
    shot(dialog, "sent-list-off.png")


def test_forget_this_campaigns_letters(sender, qtbot) -> None:  # noqa: F811
    type_text(field(sender, "name"), TYPED)
    assert sender.save_draft()
    campaign = sender.campaign
    sender.outbox.record_sent(campaign.id, "First Office", "first@example.org", "S", "post")
    box = sender.privacy.forget_campaign()
    assert box is not None and "its 1 letter in the Sent list" in box.text()
    assert "will not warn you before sending it again" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert sender.outbox.items(("sent",)) != []
    box = sender.privacy.forget_campaign()
    box.findChild(type(box.defaultButton()), "forgetButton").click()
    assert sender.outbox.items(("sent",)) == []
    assert sender.store.read("SELECT 1 FROM drafts") == []
    assert field(sender, "name").text() == ""  # a fresh letter


@pytest.fixture
def used_app(qtbot, pool, make_campaign, secret_service, starttls_server):
    """The app on its real folders, used: an account and password, a typed draft, a letter
    waiting, one sent, a trusted key, an opened campaign, window settings."""
    path = make_campaign()
    library = Library.default()
    library.remember(path)
    window = MainWindow(
        library,
        settings=QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat),
        runner=Runner(pool),
        passwords=PasswordStore(),
    )
    qtbot.addWidget(window)
    campaign = library.load(path)
    window.show_campaign(campaign)
    window.show()
    account = Account(USER, "Ana", "127.0.0.1", free_port(), "starttls", USER)
    AccountStore().save(account)
    PasswordStore().save(account.key, PASSWORD)
    type_text(field(window, "name"), TYPED)
    assert window.save_draft()
    draft = Draft.new(campaign)
    draft.values["name"] = TYPED
    window.outbox.enqueue(campaign.id, plan(campaign, draft, account)[:1])
    window.outbox.record_sent(campaign.id, "Second Office", "second@example.net", "S", "post")
    PinStore.default().set("some-campaign", "RWQ" + "A" * 53, 2)
    window.save_geometry()
    return window


def test_forget_everything_asks_once_then_leaves_nothing(used_app, qtbot, secret_service) -> None:
    window = used_app
    box = window.privacy.forget_everything()
    text = box.text()
    for words in (
        "your drafts (1)",
        "the Sent list (1 letter)",
        "1 letter still waiting in the outbox: it will NOT be sent",
        f"the mail account {USER} and its stored password",
        "every password or sign-in the app stored in the keyring",
        "campaigns you opened (1) and keys you trusted (1)",
        "caches, and the window's size and language",
    ):
        assert words in text, text
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    shot(box, "forget-everything.png")
    box.button(QMessageBox.StandardButton.Cancel).click()  # kept, all of it
    assert window.store.read("SELECT 1 FROM drafts") != []

    box = window.privacy.forget_everything()
    with qtbot.waitSignal(window.privacy.forgotten, timeout=20_000):
        box.findChild(type(box.defaultButton()), "forgetButton").click()
    done = window.privacy.question
    assert done is not None and done.windowTitle() == "Everything is forgotten"
    done.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not window.isVisible())
    window.deleteLater()
    QApplication.processEvents()
    gc.collect()

    # The app's folders: gone; no file anywhere in this home holds what was typed.
    assert [f for f in app_folders() if f.exists()] == []
    home = Path(os.environ["HOME"])
    for path in home.rglob("*"):
        if path.is_file():
            assert TYPED.encode() not in path.read_bytes(), path
    # The real keyring holds no entry of the app.
    assert secret_service.get_credential(SERVICE, None) is None


@pytest.mark.parametrize("lang", ["en", "fr", "nl", "de", "es", "ru", "kk"])
def test_every_alt_letter_of_the_new_places_does_one_thing(polyglot, lang, pool, tmp_path) -> None:  # noqa: F811
    """The Settings menu, the account set-up with its Network row, the Network dialog and
    the Sent tab: in every language, Alt+letter reaches one control only."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from .test_languages import _alt_letter

    polyglot.set_ui_language(lang)
    polyglot.menus.fill()

    def shared(texts: list[str]) -> dict[str, list[str]]:
        owners: dict[str, list[str]] = {}
        for text in texts:
            letter = _alt_letter(text)
            if letter is not None:
                owners.setdefault(letter, []).append(text)
        return {k: v for k, v in owners.items() if len(v) > 1}

    def of(widget) -> list[str]:
        texts = [b.text() for b in widget.findChildren(QAbstractButton)]
        texts += [label.text() for label in widget.findChildren(QLabel) if label.buddy()]
        return texts

    settings = [a.text() for a in polyglot.menus.settings_menu.actions()]
    assert not shared(settings), (lang, settings)
    account = AccountDialog(
        AccountStore(tmp_path / "account.json"), PasswordStore(), Runner(pool), polyglot
    )
    account.advanced.setChecked(True)
    assert not shared([*of(account), account.advanced.title()]), lang
    network = NetworkDialog("", Runner(pool), polyglot)
    assert not shared(of(network)), lang
    sent = polyglot.outbox_control.show_sent()
    page = sent.tabs.widget(1)
    assert not shared(
        of(page) + [b.text() for b in sent.findChildren(QAbstractButton) if b.parent() is sent]
    ), lang
    sent.close()
