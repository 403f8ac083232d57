# SPDX-License-Identifier: GPL-3.0-or-later
"""Signing in and sending with the real rig: oidc-provider, Dovecot's oauth2 passdb,
Postfix submission. The browser step is the tests' $BROWSER program."""

from __future__ import annotations

import base64
import smtplib
import time
import urllib.parse
import urllib.request
import webbrowser
from email.message import EmailMessage
from pathlib import Path

import pytest

from composer.account.accounts import ServerConfig
from composer.account.keystore import PasswordStore
from composer.account.oauth import (
    CHUNK,
    AccessTokens,
    OAuthError,
    RefreshTokens,
    SignInCancelled,
    Tokens,
    sign_in,
)
from composer.account.oauthconfig import OAuthProvider, parse_provider
from composer.mail.smtp import (
    AUTH_LINE_LIMIT,
    OAuthRefused,
    Outgoing,
    Session,
    SignInFailed,
    bearer_response,
)

from .conftest import Rig
from .rig import BROWSER, LONG_TOKEN_CLIENT, provider_json

ANA = "ana@example.org"


@pytest.fixture
def browser(rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$BROWSER is the tests' program; the standard launcher reads it anew."""
    log = tmp_path / "browser.log"
    monkeypatch.setenv("BROWSER", str(BROWSER))
    monkeypatch.setenv("RIG_BROWSER_LOG", str(log))
    monkeypatch.setattr(webbrowser, "_tryorder", None)  # it caches $BROWSER at first use
    monkeypatch.setattr(webbrowser, "_browsers", {})
    return log


def provider(rig: Rig, client_id: str = "letter-composer", **extra: object) -> OAuthProvider:
    return parse_provider(provider_json(rig.provider.issuer, client_id, **extra))


def server(rig: Rig, security: str = "tls", user: str = ANA) -> ServerConfig:
    port = rig.postfix.tls_port if security == "tls" else rig.postfix.starttls_port
    return ServerConfig("127.0.0.1", port, security, user, str(rig.postfix.cafile))


def letter(subject: str) -> Outgoing:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = ANA, "first@example.org", subject
    msg.set_content("A letter sent with a sign-in.\n")
    return Outgoing(msg, ANA, ["first@example.org"])


def send(rig: Rig, tokens: AccessTokens, subject: str, security: str = "tls") -> None:
    with Session(server(rig, security), tokens) as session:
        result = session.send(letter(subject))
    assert result.ok, result.error


def revoke(rig: Rig, token: str, client_id: str = "letter-composer") -> None:
    data = urllib.parse.urlencode({"token": token, "client_id": client_id}).encode()
    with urllib.request.urlopen(f"{rig.provider.issuer}/token/revocation", data, timeout=10):
        pass


@pytest.mark.parametrize(
    ("security", "mechanism"), [("tls", "XOAUTH2"), ("starttls", "OAUTHBEARER")]
)
def test_sign_in_in_the_browser_and_send(rig, browser, security, mechanism) -> None:
    seen: list[str] = []

    def open_page(url: str) -> bool:
        seen.append(url)
        return webbrowser.open(url)  # the standard launcher, honouring $BROWSER

    tokens = sign_in(provider(rig), ANA, open_page, timeout=60)
    assert tokens.access_token and tokens.refresh_token and tokens.expires_at > time.time()
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(seen[0]).query)
    assert query["code_challenge_method"] == ["S256"] and len(query["code_challenge"][0]) == 43
    assert query["login_hint"] == [ANA] and len(query["state"][0]) >= 32
    assert "code_verifier" not in query  # the verifier never leaves the app before the code
    redirect = urllib.parse.urlsplit(query["redirect_uri"][0])
    assert redirect.scheme == "http" and redirect.hostname == "127.0.0.1" and redirect.port
    assert "landed 200" in browser.read_text()

    subject = f"Signed in, {mechanism}"
    send(rig, AccessTokens(provider(rig), ANA, None, tokens), subject, security)
    (got,) = rig.postfix.wait_for(subject)
    assert got["From"] == ANA
    assert f"sasl_method={mechanism}, sasl_username={ANA}" in rig.postfix.tail()


def test_an_access_token_is_renewed_before_it_expires_and_rotation_is_saved(
    rig, browser, secret_service
) -> None:
    first = sign_in(provider(rig), ANA, webbrowser.open, timeout=60)
    store = RefreshTokens(PasswordStore())
    now = [time.time()]
    tokens = AccessTokens(provider(rig), ANA, store, first, clock=lambda: now[0])
    assert store.get(tokens.key) == first.refresh_token  # kept at once
    assert tokens.access_token() == first.access_token  # still fresh: no request
    now[0] = first.expires_at - 60  # within the margin: renewed before it runs out
    renewed = tokens.access_token()
    assert renewed != first.access_token
    rotated = store.get(tokens.key)
    assert rotated and rotated != first.refresh_token  # the new one, saved at once
    # A new run (another process) starts from the keyring alone.
    again = AccessTokens(provider(rig), ANA, RefreshTokens(PasswordStore()))
    send(rig, again, "After a rotation")
    rig.postfix.wait_for("After a rotation")
    assert store.get(tokens.key) not in (None, rotated)
    store.forget(tokens.key)


def test_a_revoked_sign_in_is_forgotten_and_asks_for_a_new_one(
    rig, browser, secret_service
) -> None:
    first = sign_in(provider(rig), ANA, webbrowser.open, timeout=60)
    store = RefreshTokens(PasswordStore())
    AccessTokens(provider(rig), ANA, store, first)
    revoke(rig, first.refresh_token)
    later = AccessTokens(provider(rig), ANA, store)  # the next run: no access token yet
    with pytest.raises(SignInFailed) as exc:
        send(rig, later, "never sent")
    assert exc.value.code == "oauth-grant-invalid"
    assert "sign in again" in str(exc.value)
    assert store.get(later.key) is None  # of no use any more: gone from the keyring
    with pytest.raises(SignInFailed) as exc:
        send(rig, later, "never sent")
    assert exc.value.code == "oauth-signed-out"


def test_a_token_for_another_user_is_refused_by_the_server(rig, browser, monkeypatch) -> None:
    monkeypatch.setenv("RIG_LOGIN", "bob@example.org")  # signs in as someone else
    tokens = sign_in(provider(rig), ANA, webbrowser.open, timeout=60)
    with pytest.raises(OAuthRefused) as exc:
        send(rig, AccessTokens(provider(rig), ANA, None, tokens), "never sent")
    assert exc.value.smtp_code == 535
    assert "turned off" in str(exc.value) and "approve the app" in str(exc.value)


def test_a_3_kb_token_goes_in_two_steps(rig, browser) -> None:
    long = provider(rig, LONG_TOKEN_CLIENT)
    tokens = sign_in(long, ANA, webbrowser.open, timeout=60)
    assert 2900 <= len(tokens.access_token) <= 3100
    # On one line it is too long for Postfix (2048): the two-step exchange is needed.
    one_line = base64.b64encode(
        bearer_response("XOAUTH2", ANA, tokens.access_token, "127.0.0.1", 0)
    ).decode()
    assert len(one_line) > 2048 > AUTH_LINE_LIMIT
    with smtplib.SMTP_SSL(
        "127.0.0.1", rig.postfix.tls_port, context=_context(rig), timeout=30
    ) as smtp:
        smtp.ehlo()
        code, _ = smtp.docmd("AUTH", "XOAUTH2 " + one_line)
    assert code == 535 and "request longer than 2048: AUTH XOAUTH2" in rig.postfix.tail()
    for security in ("tls", "starttls"):
        subject = f"A long token over {security}"
        send(rig, AccessTokens(long, ANA, None, tokens), subject, security)
        rig.postfix.wait_for(subject)


def _context(rig: Rig):
    import ssl

    return ssl.create_default_context(cafile=str(rig.postfix.cafile))


def test_the_browser_never_coming_back_times_out(rig, browser, monkeypatch) -> None:
    monkeypatch.setenv("RIG_BROWSER_MODE", "never")
    start = time.monotonic()
    with pytest.raises(OAuthError) as exc:
        sign_in(provider(rig), ANA, webbrowser.open, timeout=2)
    assert exc.value.code == "oauth-timeout" and 2 <= time.monotonic() - start < 10
    assert "did not finish" in str(exc.value)


def test_cancelling_stops_the_wait(rig, browser, monkeypatch) -> None:
    monkeypatch.setenv("RIG_BROWSER_MODE", "never")
    start = time.monotonic()
    with pytest.raises(SignInCancelled):
        sign_in(
            provider(rig),
            ANA,
            webbrowser.open,
            timeout=60,
            cancelled=lambda: time.monotonic() - start > 0.5,
        )
    assert time.monotonic() - start < 5


def test_refusing_on_the_consent_page_is_said(rig, browser, monkeypatch) -> None:
    monkeypatch.setenv("RIG_BROWSER_MODE", "deny")
    with pytest.raises(OAuthError) as exc:
        sign_in(provider(rig), ANA, webbrowser.open, timeout=60)
    assert exc.value.code == "oauth-denied"


def test_a_wrong_state_is_ignored_and_a_wrong_issuer_refused(rig) -> None:
    """A request to the listener without this sign-in's state does not end it; an answer
    naming another issuer (RFC 9207, a mix-up attack) is refused, nothing exchanged."""
    real = provider(rig)
    other = OAuthProvider(**{**real.__dict__, "issuer": "https://issuer.example"})
    outcomes: list[int] = []

    def hostile_then_real(url: str) -> None:
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        redirect = query["redirect_uri"][0]
        try:
            urllib.request.urlopen(redirect + "?code=stolen&state=wrong", timeout=10)
        except urllib.error.HTTPError as exc:
            outcomes.append(exc.code)
        # Then the real provider's answer, which names its own issuer.
        from .browser import follow

        follow(url)

    with pytest.raises(OAuthError) as exc:
        sign_in(other, ANA, hostile_then_real, timeout=60)
    assert outcomes == [400]
    assert exc.value.code == "oauth-wrong-issuer" and rig.provider.issuer in str(exc.value)


def test_no_registration_is_said_before_any_browser(rig) -> None:
    opened: list[str] = []
    with pytest.raises(OAuthError) as exc:
        sign_in(provider(rig, ""), ANA, opened.append, timeout=5)
    assert exc.value.code == "oauth-not-registered" and not opened
    assert "not set up in this copy" in str(exc.value)


def test_an_unreachable_provider_is_said(rig) -> None:
    from tests.mailserver import free_port

    gone = parse_provider(provider_json(f"http://127.0.0.1:{free_port()}"))
    tokens = AccessTokens(gone, ANA, None, Tokens("", "some-refresh-token", 0))
    with pytest.raises(SignInFailed) as exc:
        send(rig, tokens, "never sent")
    assert exc.value.code == "oauth-unreachable" and exc.value.temporary


def test_long_refresh_tokens_are_kept_in_parts(secret_service) -> None:
    """Windows' credential manager takes 2560 bytes a secret: a long token is split; the
    parts are read back and all removed with it (the real Secret Service here)."""
    store = RefreshTokens(PasswordStore())
    key = "oauth:ana@example.org@http://127.0.0.1:1"
    token = "".join(chr(0x41 + i % 26) for i in range(CHUNK * 3 + 7))
    store.save(key, token)
    assert store.get(key) == token
    raw = PasswordStore()
    assert all(len(raw.get(f"{key}#{n}") or "") <= CHUNK for n in (1, 2, 3, 4))
    assert raw.get(f"{key}#4") and raw.get(f"{key}#5") is None
    store.save(key, "short")  # a shorter one leaves no parts behind
    assert store.get(key) == "short" and raw.get(f"{key}#1") is None
    store.save(key, token)
    store.forget(key)
    assert store.get(key) is None and raw.get(f"{key}#2") is None


class FixedToken:
    """A sign-in that always gives the same access token (one the provider never made)."""

    def __init__(self, token: str) -> None:
        self.token, self.asked = token, 0

    def access_token(self) -> str:
        self.asked += 1
        return self.token

    def invalidate(self) -> None:
        pass


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_a_refused_token_is_renewed_once_then_explained(rig, security) -> None:
    """The server's JSON details of a refusal are answered, so the exchange ends with its
    real reply code (RFC 7628 3.2.2); one renewal is tried, then the refusal is said."""
    bad = FixedToken("not-a-token-of-the-provider")
    with pytest.raises(OAuthRefused) as exc, Session(server(rig, security), bad):
        pass
    assert exc.value.smtp_code == 535 and bad.asked == 2, rig.dovecot.tail()


def test_the_servers_sign_in_check_being_down_is_temporary(rig, browser) -> None:
    """A mail server that cannot check the token (its Dovecot stopped: Postfix drops the
    connection; others answer 454) fails for now, not as a refused sign-in: the letters
    wait and are tried again, the account is not held. A Dovecot and Postfix of this
    test's own."""
    import shutil
    import tempfile

    from composer.mail.outbox import HOLD
    from composer.mail.smtp import SendError

    from .rig import Dovecot, Postfix

    tokens = sign_in(provider(rig), ANA, webbrowser.open, timeout=60)
    base = Path(tempfile.mkdtemp(prefix="letter-composer-oauth-down-"))
    base.chmod(0o755)
    (base / "dovecot").mkdir()
    (base / "postfix").mkdir()
    dovecot = Dovecot(base / "dovecot", rig.provider)
    try:
        postfix = Postfix(base / "postfix", dovecot)
        try:
            config = ServerConfig(
                "127.0.0.1", postfix.tls_port, "tls", ANA, str(postfix.cafile), timeout=30
            )
            smtp = Session(config, AccessTokens(provider(rig), ANA, None, tokens))
            dovecot.stop()
            with pytest.raises(SendError) as exc:
                smtp.open()
            assert exc.value.temporary, postfix.tail()
            assert not isinstance(exc.value, HOLD)
        finally:
            postfix.stop()
    finally:
        dovecot.stop()
        shutil.rmtree(base, ignore_errors=True)


def test_sign_in_and_renewal_go_through_the_proxy_and_never_around_it(
    rig, browser, socks_proxy
) -> None:
    """With a proxy set, the token requests go through it, the provider's name resolved by
    the proxy; with it down, signing in fails plainly and temporarily (the letters wait)
    and nothing goes to the provider directly. The page itself is the browser's."""
    from composer.account.oauth import TEMPORARY

    from ..socksproxy import connected, looked_up, watched

    port = urllib.parse.urlsplit(rig.provider.issuer).port
    named = provider(rig, token_endpoint=f"http://localhost:{port}/token")
    with watched() as seen:
        tokens = sign_in(named, ANA, webbrowser.open, timeout=60, proxy=socks_proxy.url)
        renewed = AccessTokens(named, ANA, None, tokens, proxy=socks_proxy.url).renew()
    assert tokens.access_token and renewed.access_token != tokens.access_token
    assert socks_proxy.log().count(f"connected to localhost:{port}") == 2
    assert "localhost" not in looked_up(seen)
    assert connected(seen) == {("127.0.0.1", socks_proxy.port)}

    socks_proxy.stop()
    with watched() as seen, pytest.raises(OAuthError) as exc:
        AccessTokens(named, ANA, None, renewed, proxy=socks_proxy.url).renew()
    assert exc.value.code == "oauth-proxy-failed" and exc.value.code in TEMPORARY
    assert connected(seen) <= {("127.0.0.1", socks_proxy.port)}
    assert "localhost" not in looked_up(seen)
