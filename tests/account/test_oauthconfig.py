# SPDX-License-Identifier: GPL-3.0-or-later
"""The providers' sign-in settings: the files, their order, and what is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.account import oauthconfig
from composer.account.oauthconfig import OAuthConfigError, for_address, load, parse_provider

GOOD = {
    "name": "Example Mail",
    "issuer": "https://login.example.net",
    "authorization_endpoint": "https://login.example.net/authorize",
    "token_endpoint": "https://login.example.net/token",
    "client_id": "our-own-registration",
    "scopes": ["mail.send", "offline_access"],
    "domains": ["Example.NET"],
    "smtp_host": "smtp.example.net",
}


def test_a_provider_with_defaults_and_unknown_keys_ignored() -> None:
    p = parse_provider({**GOOD, "logo": "x.png", "future_key": {"a": 1}})
    assert p.configured and p.domains == ("example.net",)
    assert (p.smtp_port, p.smtp_security, p.client_secret) == (465, "tls", "")
    starttls = parse_provider({**GOOD, "smtp_security": "starttls"})
    assert starttls.smtp_port == 587
    assert p.serves("Ana@EXAMPLE.net") and not p.serves("ana@example.org")
    assert parse_provider(p.to_json()) == p  # kept in account.json in the file's form


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"token_endpoint": "http://login.example.net/token"}, "https://"),
        ({"authorization_endpoint": "ftp://login.example.net/"}, "https://"),
        ({"issuer": "http://10.0.0.1"}, "http only on this computer"),
        ({"issuer": None}, "'issuer'"),
        ({"scopes": []}, "'scopes'"),
        ({"domains": "example.net"}, "'domains'"),
        ({"smtp_security": "none"}, "tls or starttls"),
        ({"smtp_port": 0}, "smtp_port"),
        ({"smtp_port": True}, "smtp_port"),
        ({"smtp_host": "smtp example"}, "smtp_host"),
        ({"client_id": 42}, "client_id"),
        ({"name": "two\nlines"}, "'name'"),
    ],
)
def test_bad_values_are_refused_with_words(change, words) -> None:
    with pytest.raises(ValueError, match=words):
        parse_provider({**GOOD, **change})


@pytest.mark.parametrize("host", ["127.0.0.1", "127.9.9.9", "[::1]", "localhost"])
def test_http_is_accepted_on_loopback_only(host) -> None:
    local = f"http://{host}:8080"
    p = parse_provider({**GOOD, "issuer": local, "token_endpoint": local + "/token"})
    assert p.token_endpoint == local + "/token"


def test_the_shipped_file_names_no_client_id() -> None:
    """The app must not borrow another program's registration: the shipped providers are
    known, with their endpoints, but not configured."""
    shipped = oauthconfig.read_file(oauthconfig.shipped_path())
    assert {p.name for p in shipped} == {"Microsoft", "Google"}
    assert all(not p.configured and p.token_endpoint.startswith("https://") for p in shipped)
    gmail = for_address("ana@gmail.com", load())
    assert gmail is not None and gmail.name == "Google" and not gmail.configured
    assert for_address("ana@hotmail.com", load()).scopes == (  # type: ignore[union-attr]
        "https://outlook.office.com/SMTP.Send",
        "offline_access",
    )


def test_user_and_organisation_files_override_by_name(tmp_path, monkeypatch) -> None:
    site = tmp_path / "site"
    monkeypatch.setattr(oauthconfig, "organisation_path", lambda: site / "oauth-providers.json")
    site.mkdir()
    org = {**GOOD, "name": "Google", "domains": ["gmail.com"], "client_id": "org-id"}
    (site / "oauth-providers.json").write_text(json.dumps(org))
    assert for_address("a@gmail.com", load()).client_id == "org-id"  # type: ignore[union-attr]
    user = oauthconfig.user_path()
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(json.dumps([{**org, "client_id": "user-id"}]))
    assert for_address("a@gmail.com", load()).client_id == "user-id"  # type: ignore[union-attr]
    extra = tmp_path / "cli.json"
    extra.write_text(json.dumps({**org, "client_id": "cli-id"}))
    assert for_address("a@gmail.com", load(extra)).client_id == "cli-id"  # type: ignore[union-attr]
    names = [p.name for p in load(extra)]
    assert sorted(names) == ["Google", "Microsoft"]  # replaced, not added


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"{not json", "Expecting property name"),
        (b"\xff\xfe", "codec"),
        (b"[1]", "JSON object"),
        (b"{}", "'name'"),
        (b" " * (oauthconfig.MAX_FILE + 1), "larger than"),
    ],
)
def test_a_bad_file_is_named_in_the_error(tmp_path, content, words) -> None:
    path = tmp_path / "providers.json"
    path.write_bytes(content)
    with pytest.raises(OAuthConfigError) as exc:
        load(path)
    problem = exc.value.problems[0]
    assert problem.code == "oauth-config" and problem.file == str(path)
    assert words in str(exc.value)


def test_a_missing_command_line_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(OAuthConfigError, match="No such file"):
        load(tmp_path / "absent.json")
