# SPDX-License-Identifier: GPL-3.0-or-later
"""The account file and the password store: a real Secret Service, insecure ones refused."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from keyring.backends import chainer, fail
from keyrings.alt.file import PlaintextKeyring

from composer.account.accounts import Account, AccountError, AccountStore
from composer.account.keystore import SERVICE, KeyringError, PasswordStore, is_secure
from composer.account.providers import lookup


def account(**changes) -> Account:
    values = {
        "email": "ana@example.org",
        "name": "Ana Lima",
        "host": "smtp.example.org",
        "port": 465,
        "security": "tls",
        "username": "ana@example.org",
    }
    values.update(changes)
    return Account(**values)


def test_password_goes_to_the_real_secret_service(secret_service) -> None:
    store = PasswordStore()
    assert store.secure and "SecretService" in type(store.backend).__module__
    key = "ana@example.org@smtp.example.org:465"
    store.save(key, "pässwörd Жқ 密码")
    assert PasswordStore().get(key) == "pässwörd Жқ 密码"  # a new store reads it back
    # It is really in the desktop's keyring, as any other program sees it.
    out = subprocess.run(
        ["secret-tool", "lookup", "service", SERVICE, "username", key],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert out.stdout == "pässwörd Жқ 密码"
    store.forget(key)
    assert PasswordStore().get(key) is None


@pytest.mark.parametrize("backend", [PlaintextKeyring(), fail.Keyring()], ids=["plaintext", "fail"])
def test_insecure_backends_are_refused(backend, tmp_path, monkeypatch) -> None:
    store = PasswordStore(backend)
    assert not store.secure
    with pytest.raises(KeyringError) as exc:
        store.save("k", "secret")
    assert exc.value.problems[0].code == "insecure-keyring"
    assert store.get("k") is None
    if isinstance(backend, PlaintextKeyring):
        assert not __import__("os").path.exists(backend.file_path)  # nothing was written


def test_a_chain_holding_a_plaintext_backend_is_insecure(secret_service) -> None:
    class Mixed(chainer.ChainerBackend):
        backends = (secret_service, PlaintextKeyring())  # type: ignore[assignment]

    class Pure(chainer.ChainerBackend):
        backends = (secret_service,)  # type: ignore[assignment]

    assert not is_secure(Mixed())
    assert is_secure(Pure())


def test_ask_each_time_keeps_the_password_in_memory_only() -> None:
    store = PasswordStore(fail.Keyring())
    store.remember_for_session("k", "secret")
    assert store.get("k") == "secret"
    assert PasswordStore(fail.Keyring()).get("k") is None  # gone with the process


def test_account_file_never_holds_the_password(tmp_path, secret_service) -> None:
    store = AccountStore(tmp_path / "account.json")
    a = account()
    PasswordStore().save(a.key, "hunter2-very-secret")
    store.save(a)
    text = (tmp_path / "account.json").read_text()
    assert "hunter2" not in text
    assert store.load() == a
    assert json.loads(text)["host"] == "smtp.example.org"
    PasswordStore().forget(a.key)


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"email": "not-an-address"}, "not an e-mail"),
        ({"port": 0}, "port 0"),
        ({"security": "plain"}, "tls or starttls"),
        ({"host": "smtp example"}, "server name"),
        ({"name": "Ana\nBcc: x@example.com"}, "one line"),
        ({"cafile": "/nonexistent.pem"}, "does not exist"),
    ],
)
def test_bad_account_settings_are_refused(tmp_path, changes, words) -> None:
    with pytest.raises(AccountError) as exc:
        AccountStore(tmp_path / "a.json").save(account(**changes))
    assert words in str(exc.value)
    assert not (tmp_path / "a.json").exists()


def test_damaged_account_file_is_a_clear_error(tmp_path) -> None:
    path = tmp_path / "account.json"
    path.write_text("{not json")
    with pytest.raises(AccountError) as exc:
        AccountStore(path).load()
    assert exc.value.problems[0].code == "bad-account"


@pytest.mark.parametrize(
    ("email", "host", "port", "security", "oauth", "app"),
    [
        ("a@gmail.com", "smtp.gmail.com", 465, "tls", False, True),
        ("a@outlook.com", "smtp-mail.outlook.com", 587, "starttls", True, False),
        ("a@hotmail.fr", "smtp-mail.outlook.com", 587, "starttls", True, False),
        ("a@posteo.de", "posteo.de", 465, "tls", False, False),
        ("a@yandex.ru", "smtp.yandex.com", 465, "tls", False, True),
    ],
)
def test_provider_table(email, host, port, security, oauth, app) -> None:
    found = lookup(email)
    assert found is not None
    assert (found.host, found.port, found.security) == (host, port, security)
    assert (found.oauth_only, found.app_password) == (oauth, app)


def test_provider_table_never_offers_plaintext() -> None:
    import json as j

    from composer.account.providers import table_path

    table = j.loads(table_path().read_text())
    for domain in list(table["domains"])[::7]:
        found = lookup(f"x@{domain}")
        assert found is None or found.security in ("tls", "starttls")
    assert lookup("x@unknown.example") is None


def test_provider_table_matches_the_shipped_source(tmp_path) -> None:
    """The table under resources/ is what scripts/build_providers.py makes of the ISPDB."""
    import sys
    from pathlib import Path

    from ..conftest import ROOT

    ispdb = ROOT.parent / "shared" / "data" / "ispdb"
    if not ispdb.is_dir():
        # CI always has shared/ beside the clone; a developer's clone elsewhere may not.
        if os.environ.get("CI"):
            pytest.fail(f"the provider database is not at {ispdb}")
        pytest.skip(f"the provider database (source of the table) is not at {ispdb}")
    out = subprocess.run(
        [sys.executable, "scripts/build_providers.py", str(ispdb), str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    shipped = ROOT / "resources" / "providers"
    assert (tmp_path / "providers.json").read_text() == (shipped / "providers.json").read_text()
    assert (shipped / "LICENSE.MPL-2.0").read_text().startswith("Mozilla Public License")
    assert Path(shipped / "NOTICE").exists()
