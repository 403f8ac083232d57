# SPDX-License-Identifier: GPL-3.0-or-later
"""Sign in with the provider in the window: the account dialog's button opens the browser
(the tests' $BROWSER program), shows progress with Cancel, and the letter goes with the
sign-in through the real rig (oidc-provider, Dovecot, Postfix on loopback)."""

# ruff: noqa: F811 - the fixtures imported below are named again as test arguments

from __future__ import annotations

import json
import os
import webbrowser
from pathlib import Path

import pytest

from composer.account.accounts import Account
from composer.account.keystore import PasswordStore
from composer.account.oauth import RefreshTokens
from composer.account.oauthconfig import parse_provider
from composer.paths import config_dir
from tests.oauth.conftest import rig  # noqa: F401 - the rig, for these window tests too
from tests.oauth.rig import BROWSER, provider_json

from .test_send_flow import ready, save, sender  # noqa: F401 - the window with an account
from .test_window import field, type_text

ANA = "ana@example.org"
# LETTER_COMPOSER_SHOTS=DIR keeps screenshots of the dialogs, as tests/ui/test_screens.py does.
_SHOTS = os.environ.get("LETTER_COMPOSER_SHOTS")
SHOTS = Path(_SHOTS) if _SHOTS else None


@pytest.fixture
def configured(rig, tmp_path, monkeypatch):
    """The user's sign-in settings name the rig's provider; $BROWSER is the tests' one."""
    entry = provider_json(rig.provider.issuer, smtp_port=rig.postfix.tls_port, smtp_security="tls")
    path = config_dir() / "oauth-providers.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(entry))
    monkeypatch.setenv("BROWSER", str(BROWSER))
    monkeypatch.setenv("RIG_BROWSER_LOG", str(tmp_path / "browser.log"))
    monkeypatch.setattr(webbrowser, "_tryorder", None)  # it caches $BROWSER at first use
    monkeypatch.setattr(webbrowser, "_browsers", {})
    return parse_provider(entry)


def signing_in_account(rig, configured, ask_password: bool = False) -> Account:
    """Ana's account at the rig's Postfix, signing in with the rig's provider."""
    return Account(
        ANA,
        "Ana",
        "127.0.0.1",
        rig.postfix.tls_port,
        "tls",
        ANA,
        str(rig.postfix.cafile),
        ask_password=ask_password,
        oauth=configured.to_json(),
    )


def shot(widget, name: str) -> None:
    if SHOTS is not None:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # the layout as the person sees it, once laid out
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def test_sign_in_in_the_account_dialog_then_send(sender, qtbot, rig, configured) -> None:
    dialog = sender.edit_account()
    type_text(dialog.email, ANA)
    dialog.email.editingFinished.emit()
    control = dialog.oauth
    assert control.isVisible() and control.button.text() == "Sign in with Rig"
    assert "sign in on Rig's own page" in dialog.provider_note.text()
    assert (dialog.host.text(), dialog.port.value()) == ("127.0.0.1", rig.postfix.tls_port)
    dialog.name.clear()
    type_text(dialog.name, "Ana Lima")
    dialog.advanced.setChecked(True)
    dialog.cafile.setText(str(rig.postfix.cafile))
    with qtbot.waitSignal(control.finished, timeout=60_000) as done:
        control.button.click()
        # The waiting happens off the GUI thread: progress and Cancel show meanwhile.
        assert control.cancel_button.isVisible() and not control.button.isEnabled()
        assert "Your browser opens Rig's page" in control.status.text()
        shot(dialog, "account-dialog-signing-in")
    assert done.args == [True]
    assert control.status.text() == "Signed in with Rig." and not control.cancel_button.isVisible()
    assert (
        not dialog.password.isEnabled() and "signs in with Rig" in dialog.password.placeholderText()
    )
    shot(dialog, "account-dialog-signed-in")
    with qtbot.waitSignal(dialog.tested, timeout=30_000) as tested:
        dialog.test_button.click()
    assert tested.args == [True], dialog.verdict.text()
    save(qtbot, dialog)
    account = sender.accounts.load()
    assert account is not None and account.sign_in == configured
    key = RefreshTokens.key(ANA, configured)
    assert RefreshTokens(PasswordStore()).get(key)  # in the real keyring
    # Send: the dialog finds the sign-in (off the GUI thread), no password asked.
    type_text(field(sender, "name"), "Ana Window")
    send = sender.send_letters()
    assert send is not None
    ready(qtbot, send)
    assert not send.password.isVisible() and not send.sign_in.isVisible()
    with qtbot.waitSignal(send.finished_sending, timeout=30_000) as finished:
        send.send_button.click()
    assert all(i.state == "sent" for i in finished.args[0])
    rig.postfix.wait_for("Letter from Ana Window", count=2)
    RefreshTokens(PasswordStore()).forget(key)


def test_cancelling_the_sign_in(sender, qtbot, configured, monkeypatch) -> None:
    monkeypatch.setenv("RIG_BROWSER_MODE", "never")  # the browser never comes back
    dialog = sender.edit_account()
    type_text(dialog.email, ANA)
    dialog.email.editingFinished.emit()
    with qtbot.waitSignal(dialog.oauth.finished, timeout=30_000) as done:
        dialog.oauth.button.click()
        qtbot.waitUntil(lambda: (Path(os.environ["RIG_BROWSER_LOG"])).exists(), timeout=10_000)
        dialog.oauth.cancel_button.click()
    assert done.args == [False]
    assert "cancelled" in dialog.oauth.status.text() and dialog.oauth.button.isEnabled()
    assert dialog.password.isEnabled()  # not signed in: a password is still possible


def test_no_registration_configured_offers_the_other_ways(sender) -> None:
    """Outlook.com is in the shipped file without a client id: no button, plain words."""
    dialog = sender.edit_account()
    type_text(dialog.email, "ana@outlook.com")
    dialog.email.editingFinished.emit()
    assert not dialog.oauth.isVisible()
    note = dialog.provider_note.text()
    assert "not set up in this copy of the app" in note and "mail app" in note
    shot(dialog, "account-dialog-not-registered")


def test_ask_each_time_signs_in_in_the_send_dialog(
    sender,
    qtbot,
    rig,
    configured,
) -> None:
    account = signing_in_account(rig, configured, ask_password=True)
    sender.accounts.save(account)
    type_text(field(sender, "name"), "Ana Each Time")
    send = sender.send_letters()
    assert send is not None
    qtbot.waitUntil(lambda: send.sign_in.isVisible(), timeout=10_000)
    assert not send.send_button.isEnabled() and not send.password.isVisible()
    shot(send, "send-dialog-sign-in")
    with qtbot.waitSignal(send.sign_in.finished, timeout=60_000):
        send.sign_in.button.click()
    qtbot.waitUntil(lambda: send.send_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(send.finished_sending, timeout=30_000) as finished:
        send.send_button.click()
    assert all(i.state == "sent" for i in finished.args[0])
    key = RefreshTokens.key(ANA, configured)
    assert PasswordStore().get(key) is None  # nothing in the keyring: this session only
    assert sender.passwords.session_password(key)


def test_a_revoked_sign_in_asks_to_sign_in_again_before_sending(
    sender, qtbot, rig, configured, make_campaign
) -> None:
    """... and once signed in again there, the letters that waited for the account (here
    one of another campaign, held after the sign-in stopped working) go too."""
    import urllib.parse
    import urllib.request

    from composer.account.oauth import AccessTokens, sign_in
    from composer.campaigns.campaign import load_campaign
    from composer.data.drafts import Draft
    from composer.mail.sending import plan

    from ..conftest import MINIMAL_FILES

    tokens = sign_in(configured, ANA, webbrowser.open, timeout=60)
    store = RefreshTokens(PasswordStore())
    AccessTokens(configured, ANA, store, tokens)
    sender.accounts.save(signing_in_account(rig, configured))
    data = urllib.parse.urlencode(
        {"token": tokens.refresh_token, "client_id": "letter-composer"}
    ).encode()
    with urllib.request.urlopen(f"{rig.provider.issuer}/token/revocation", data, timeout=10):
        pass
    toml = MINIMAL_FILES["campaign.toml"].replace('id = "test-campaign"', 'id = "other-one"')
    other = load_campaign(make_campaign({"campaign.toml": toml}))
    draft = Draft.new(other)
    draft.values["name"] = "Ana Earlier"
    account = sender.accounts.load()
    (held,) = sender.outbox.enqueue(other.id, plan(other, draft, account)[:1])
    assert sender.outbox.hold_all("the provider no longer accepts the saved sign-in") == 1
    type_text(field(sender, "name"), "Ana Again")
    send = sender.send_letters()
    assert send is not None
    qtbot.waitUntil(lambda: send.sign_in.isVisible(), timeout=10_000)
    assert "no longer accepts the saved sign-in" in send.sign_in.status.text()
    assert not send.send_button.isEnabled()
    with qtbot.waitSignal(send.sign_in.finished, timeout=60_000):
        send.sign_in.button.click()
    qtbot.waitUntil(lambda: send.send_button.isEnabled(), timeout=10_000)
    with qtbot.waitSignal(send.finished_sending, timeout=30_000) as finished:
        send.send_button.click()
    assert all(i.state == "sent" for i in finished.args[0])
    qtbot.waitUntil(lambda: sender.outbox.get(held.id).state == "sent", timeout=30_000)
    key = RefreshTokens.key(ANA, configured)
    assert store.get(key) not in (None, tokens.refresh_token)  # the new sign-in, kept
    store.forget(key)
