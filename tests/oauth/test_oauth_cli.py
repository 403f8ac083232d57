# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line's sign-in: `account set --oauth`, `account show`, `account test` and
`send`, run as the real program against the rig; the browser is the tests' $BROWSER."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from composer.account.keystore import PasswordStore
from composer.account.oauth import RefreshTokens
from composer.account.oauthconfig import parse_provider
from composer.paths import config_dir

from ..conftest import MINIMAL_TOML
from ..mail.test_send_cli import cli
from .conftest import Rig
from .rig import provider_json

ANA = "ana@example.org"


def set_oauth(rig: Rig, tmp_path: Path, *extra: str, **env: str):
    return cli(
        "account",
        "set",
        "--email",
        ANA,
        "--name",
        "Ana Lima",
        "--cafile",
        str(rig.postfix.cafile),
        "--oauth",
        "--oauth-config",
        str(rig.config_file(tmp_path)),
        *extra,
        env=rig.browser_env(tmp_path, **env),
    )


def stored(rig: Rig, tmp_path: Path) -> str | None:
    provider = parse_provider(json.loads(rig.config_file(tmp_path).read_text()))
    return RefreshTokens(PasswordStore()).get(RefreshTokens.key(ANA, provider))


@pytest.fixture
def campaign(make_campaign) -> Path:
    toml = MINIMAL_TOML.replace(
        "[title]", '[organiser]\nname = "Org"\nemail = "org@example.org"\n[title]'
    )
    return make_campaign({"campaign.toml": toml})


def test_set_sign_in_show_test_and_send(rig, tmp_path, secret_service, campaign) -> None:
    out = set_oauth(rig, tmp_path)
    assert out.returncode == 0, out.stderr
    # The address is printed, and the standard launcher opened it with $BROWSER.
    assert "Sign in with Rig in your browser" in out.stdout
    url = next(w for w in out.stdout.split() if w.startswith(rig.provider.issuer + "/auth?"))
    log = (tmp_path / "browser.log").read_text()
    assert log.startswith(url) and "landed 200" in log
    assert f"via 127.0.0.1:{rig.postfix.tls_port}; signed in with Rig" in out.stdout
    token = stored(rig, tmp_path)
    assert token
    show = cli("account", "show", "--json")
    info = json.loads(show.stdout)
    assert info["sign_in"] == "oauth" and info["oauth_provider"] == "Rig"
    assert info["oauth"] == "signed in" and info["password"] == "not used"
    assert token not in show.stdout and token not in cli("account", "show").stdout
    assert "with Rig in the browser (OAuth2), signed in" in cli("account", "show").stdout
    # account.json keeps the provider's settings, never a token.
    saved = json.loads((config_dir() / "account.json").read_text())
    assert saved["oauth"]["client_id"] == "letter-composer" and token not in json.dumps(saved)
    test = cli("account", "test")
    assert test.returncode == 0, test.stderr
    assert f"OK: logged in to 127.0.0.1:{rig.postfix.tls_port} as {ANA}" in test.stdout
    sent = cli("send", "--campaign", str(campaign), "--set", "name=Ana Oauth", "--yes")
    assert sent.returncode == 0, sent.stderr
    letters = rig.postfix.wait_for("Letter from Ana Oauth", count=2)
    assert {m["To"].addresses[0].addr_spec for m in letters} == {
        "first@example.org",
        "second@example.net",
    }
    # Two runs, each renewing: the refresh token rotated, and the new one was kept.
    assert stored(rig, tmp_path) not in (None, token)


def test_a_revoked_sign_in_says_sign_in_again(rig, tmp_path, secret_service) -> None:
    assert set_oauth(rig, tmp_path).returncode == 0
    token = stored(rig, tmp_path)
    data = urllib.parse.urlencode({"token": token, "client_id": "letter-composer"}).encode()
    with urllib.request.urlopen(f"{rig.provider.issuer}/token/revocation", data, timeout=10):
        pass
    test = cli("account", "test")
    assert test.returncode == 1
    assert "Rig no longer accepts the saved sign-in" in test.stderr
    assert "sign in again" in test.stderr and "Traceback" not in test.stderr
    assert stored(rig, tmp_path) is None
    assert json.loads(cli("account", "show", "--json").stdout)["oauth"] == "not signed in"
    again = set_oauth(rig, tmp_path)
    assert again.returncode == 0 and cli("account", "test").returncode == 0


def test_ask_each_time_signs_in_each_time(rig, tmp_path, secret_service) -> None:
    assert set_oauth(rig, tmp_path).returncode == 0 and stored(rig, tmp_path)
    (tmp_path / "browser.log").unlink()
    out = set_oauth(rig, tmp_path, "--ask-password")
    assert out.returncode == 0, out.stderr
    assert "you will sign in with Rig each time" in out.stdout
    assert not (tmp_path / "browser.log").exists()  # nothing to keep: no sign-in now
    assert stored(rig, tmp_path) is None  # the one kept before is gone
    assert json.loads(cli("account", "show", "--json").stdout)["oauth"] == "signs in each time"
    test = cli("account", "test", env=rig.browser_env(tmp_path))
    assert test.returncode == 0, test.stderr
    assert (
        "Sign in with Rig" in test.stdout and "landed 200" in (tmp_path / "browser.log").read_text()
    )
    assert stored(rig, tmp_path) is None  # still nothing kept


def test_no_registration_configured_is_said(tmp_path) -> None:
    """The shipped file knows Google, without a client id: said plainly, with the other
    ways to deliver; no browser is opened."""
    out = cli(
        "account",
        "set",
        "--email",
        "ana@gmail.com",
        "--name",
        "Ana",
        "--oauth",
        env={"BROWSER": "false", "RIG_BROWSER_LOG": str(tmp_path / "log")},
    )
    assert out.returncode == 1
    assert "signing in with Google is not set up in this copy of the app" in out.stderr
    assert "app password" in out.stderr and "by post" in out.stderr
    assert "Sign in" not in out.stdout
    unknown = cli("account", "set", "--email", "ana@example.com", "--name", "Ana", "--oauth")
    assert unknown.returncode == 1 and "no sign-in is known for example.com" in unknown.stderr
    assert cli("account", "show").returncode == 1  # nothing was saved


def test_a_bad_configuration_file_is_named(tmp_path) -> None:
    bad = tmp_path / "providers.json"
    entry = {**provider_json("http://example.net"), "smtp_host": "smtp.example.net"}
    bad.write_text(json.dumps(entry))
    out = cli(
        "account", "set", "--email", ANA, "--name", "Ana", "--oauth", "--oauth-config", str(bad)
    )
    assert out.returncode == 1
    assert f"{bad}: the sign-in settings are not valid" in out.stderr
    assert "http only on this computer" in out.stderr


def test_an_insecure_keyring_is_said_before_the_browser(rig, tmp_path) -> None:
    out = set_oauth(
        rig,
        tmp_path,
        PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
        DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent",
    )
    assert out.returncode == 1 and "no secure password store" in out.stderr
    assert not (tmp_path / "browser.log").exists()


def test_password_and_oauth_exclude_each_other() -> None:
    out = cli("account", "set", "--email", ANA, "--name", "A", "--oauth", "--password-stdin")
    assert out.returncode == 2 and "not allowed with argument" in out.stderr


def test_a_hand_edited_sign_in_is_said(tmp_path) -> None:
    path = config_dir() / "account.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    entry = {**provider_json("http://example.net"), "smtp_host": "smtp.example.net"}
    path.write_text(
        json.dumps(
            {
                "email": ANA,
                "name": "Ana",
                "host": "smtp.example.net",
                "port": 465,
                "security": "tls",
                "username": ANA,
                "oauth": entry,
            }
        )
    )
    for args in (("account", "show"), ("account", "test")):
        out = cli(*args)
        assert out.returncode == 1 and "Traceback" not in out.stderr
        assert "the sign-in settings are not valid" in out.stderr
