# SPDX-License-Identifier: GPL-3.0-or-later
"""Signing in at the mail provider in the user's own browser (OAuth2), and its tokens.

Authorization code with PKCE (S256) and a loopback redirect on 127.0.0.1 at a free port
(RFC 8252); the protocol is authlib's. Every request to a provider goes through `_post`,
the one place that opens connections for sign-in: through the account's proxy when one is
set (composer/network.py), as the mail connection does, never directly then. Only the
refresh token is kept, in the OS keyring under the same rules as passwords; access tokens
stay in memory.
"""

from __future__ import annotations

import functools
import http.client
import json
import secrets
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from composer.account.keystore import PasswordStore
from composer.account.oauthconfig import OAuthProvider
from composer.network import ProxyFailure, open_socket
from composer.problems import ComposerError, Problem

REDIRECT_HOST = "127.0.0.1"
SIGN_IN_TIMEOUT = 300.0  # seconds for the person to finish in the browser
HTTP_TIMEOUT = 30.0
MAX_REPLY = 1024 * 1024  # a token endpoint's answer is a few KB
LEEWAY = 120  # seconds before expiry when an access token is renewed
# Windows' credential manager holds at most 2560 bytes per secret (UTF-16: 1280
# characters); refresh tokens can be longer, so they are kept in parts of this size.
CHUNK = 1000
CHUNK_MARK = "letter-composer-parts:"

DONE_PAGE = (
    "<!doctype html><meta charset=utf-8><title>Letter Composer</title>"
    "<p>Signed in. You can close this page and go back to Letter Composer."
)


class OAuthError(ComposerError):
    """Signing in failed; `code` says how (the Problem's code)."""

    def __init__(self, code: str, **args: object) -> None:
        self.code = code
        super().__init__(Problem(code, args=args))


# The network's trouble, not the account's: letters wait and are tried again later.
TEMPORARY = ("oauth-unreachable", "oauth-proxy-failed")


class SignInCancelled(OAuthError):
    """The person cancelled the sign-in in the app."""

    def __init__(self, provider: str) -> None:
        super().__init__("oauth-cancelled", provider=provider)


@dataclass
class _Reply:
    """An HTTP answer, shaped as authlib expects of a requests response."""

    status_code: int
    body: bytes
    provider: str

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    def raise_for_status(self) -> None:
        if self.status_code >= 400:
            raise OAuthError(
                "oauth-provider-error",
                provider=self.provider,
                detail=f"HTTP {self.status_code}",
            )


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a token endpoint answers itself; a redirect is refused


class _ProxiedHTTP(http.client.HTTPConnection):
    """http.client's connection, its socket from composer.network (the proxy, if set)."""

    def __init__(self, *args: Any, proxy: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.proxy = proxy

    def connect(self) -> None:
        self.sock = open_socket(self.host, self.port, self.timeout, self.proxy)


class _ProxiedHTTPS(http.client.HTTPSConnection):
    """The same with TLS on top, checked against the provider's own name."""

    def __init__(self, *args: Any, proxy: str, context: ssl.SSLContext, **kwargs: Any) -> None:
        super().__init__(*args, context=context, **kwargs)
        self.proxy, self.tls = proxy, context

    def connect(self) -> None:
        sock = open_socket(self.host, self.port, self.timeout, self.proxy)
        self.sock = self.tls.wrap_socket(sock, server_hostname=self.host)


class _Connections(urllib.request.HTTPHandler, urllib.request.HTTPSHandler):
    """urllib's handlers for http (loopback only, a local test provider) and https, whose
    connections open through `open_socket`."""

    def __init__(self, proxy: str, context: ssl.SSLContext) -> None:
        urllib.request.HTTPHandler.__init__(self)
        urllib.request.HTTPSHandler.__init__(self, context=context)
        self.proxy, self.tls = proxy, context

    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(functools.partial(_ProxiedHTTP, proxy=self.proxy), req)

    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(
            functools.partial(_ProxiedHTTPS, proxy=self.proxy, context=self.tls), req
        )


def _post(
    url: str, data: dict[str, str], headers: dict[str, str], provider: str, proxy: str = ""
) -> _Reply:
    """POST a form to a provider: the one place where sign-in talks to the network, through
    `proxy` when one is set (never directly then). Verified TLS; no proxy from the
    environment."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}), _Connections(proxy, context), _NoRedirect
    )
    request = urllib.request.Request(url, urlencode(data).encode("ascii"), headers, method="POST")
    try:
        with opener.open(request, timeout=HTTP_TIMEOUT) as reply:
            return _Reply(reply.status, reply.read(MAX_REPLY), provider)
    except urllib.error.HTTPError as exc:  # an answer all the same (400 invalid_grant...)
        with exc:
            return _Reply(exc.code, exc.read(MAX_REPLY), provider)
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, ProxyFailure):  # nothing went out, not even directly
            raise OAuthError(
                "oauth-proxy-failed", provider=provider, proxy=reason.proxy, detail=reason.detail
            ) from None
        raise OAuthError("oauth-unreachable", provider=provider, detail=str(reason)) from None


class _Http:
    """What authlib's client needs of an HTTP session (post), over `_post`."""

    def __init__(self, provider: str, proxy: str) -> None:
        self.provider, self.proxy = provider, proxy

    def post(
        self,
        url: str,
        data: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        auth: Any = None,
        **_: Any,
    ) -> _Reply:
        body = urlencode(data or {})
        head = dict(headers or {})
        if auth is not None:  # authlib's client authentication (client id, secret)
            url, head, body = auth.prepare("POST", url, head, body)
        form = {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()}
        return _post(url, form, head, self.provider, self.proxy)


def _client(provider: OAuthProvider, redirect_uri: str = "", proxy: str = "") -> Any:
    """authlib's client; without a redirect (a renewal) it asks no scope, which keeps the
    scope first granted (RFC 6749 6: a provider may grant less than was asked)."""
    from authlib.oauth2.client import OAuth2Client

    return OAuth2Client(
        _Http(provider.name, proxy),
        client_id=provider.client_id,
        client_secret=provider.client_secret or None,
        scope=" ".join(provider.scopes) if redirect_uri else None,
        redirect_uri=redirect_uri or None,
        code_challenge_method="S256",
        token_endpoint=provider.token_endpoint,
        leeway=LEEWAY,
    )


def _protocol_error(exc: Exception, provider: str) -> OAuthError:
    """authlib's OAuth2Error (the provider said no) in our words."""
    error = str(getattr(exc, "error", "") or type(exc).__name__)
    detail = str(getattr(exc, "description", "") or error)
    if error == "invalid_grant":
        return OAuthError("oauth-grant-invalid", provider=provider, detail=detail)
    if error in ("access_denied", "consent_required", "interaction_required"):
        return OAuthError("oauth-denied", provider=provider, detail=detail)
    return OAuthError("oauth-provider-error", provider=provider, detail=detail)


@dataclass
class Tokens:
    """What a sign-in or a renewal gives: the refresh token is the one to keep."""

    access_token: str
    refresh_token: str
    expires_at: float  # seconds since the epoch; 0 when the provider did not say


def _tokens(token: dict[str, Any], previous_refresh: str = "") -> Tokens:
    access = token.get("access_token")
    if not isinstance(access, str) or not access:
        raise ValueError("no access_token")
    expires = token.get("expires_at") or 0
    return Tokens(access, str(token.get("refresh_token") or previous_refresh), float(expires))


class _Callback(BaseHTTPRequestHandler):
    server: _LoopbackServer
    timeout = 5  # a connection that sends nothing cannot hold up the wait (or Cancel)

    def do_GET(self) -> None:
        query = parse_qs(urlsplit(self.path).query)
        state = query.get("state", [""])[0]
        if not secrets.compare_digest(state.encode(), self.server.state.encode()):
            # Not this sign-in's answer (another program, a stale tab): keep waiting.
            self._answer(400, "<!doctype html><title>Letter Composer</title><p>Not expected.")
            return
        if "code" not in query and "error" not in query:
            self._answer(400, "<!doctype html><title>Letter Composer</title><p>No answer.")
            return
        self.server.result = f"http://{REDIRECT_HOST}:{self.server.server_port}{self.path}"
        self._answer(200, DONE_PAGE)

    def _answer(self, status: int, page: str) -> None:
        body = page.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass  # nothing of the answer (it holds the code) goes to the terminal


class _LoopbackServer(HTTPServer):
    def __init__(self, state: str) -> None:
        super().__init__((REDIRECT_HOST, 0), _Callback)
        self.state = state
        self.result = ""
        self.timeout = 0.25  # handle_request returns this often to look at the clock


class LoopbackRedirect:
    """The redirect's listener on 127.0.0.1 at a free port, listening from construction
    (so before the browser opens) until closed."""

    def __init__(self, state: str) -> None:
        self._server = _LoopbackServer(state)

    @property
    def uri(self) -> str:
        return f"http://{REDIRECT_HOST}:{self._server.server_port}/"

    def wait(
        self, timeout: float, cancelled: Callable[[], bool], on_timeout: Callable[[], Exception]
    ) -> str:
        """The full redirect address the browser came back to."""
        deadline = time.monotonic() + timeout
        while not self._server.result:
            if cancelled():
                raise _Cancelled
            if time.monotonic() >= deadline:
                raise on_timeout()
            self._server.handle_request()
        return self._server.result

    def close(self) -> None:
        self._server.server_close()


class _Cancelled(Exception):
    """The wait was cancelled (sign_in turns it into SignInCancelled)."""


def sign_in(
    provider: OAuthProvider,
    email: str,
    open_browser: Callable[[str], object],
    *,
    timeout: float = SIGN_IN_TIMEOUT,
    cancelled: Callable[[], bool] = lambda: False,
    proxy: str = "",
) -> Tokens:
    """Send the person to the provider's page and wait for the answer; the tokens.

    `open_browser(url)` is called (in a thread of its own) once the listener is ready.
    The page is the browser's to load (its own network settings); the token request
    goes through `proxy` when one is set.
    Raises OAuthError in words (not registered, timed out, refused, unreachable, wrong
    issuer) or SignInCancelled.
    """
    if not provider.configured:
        raise OAuthError("oauth-not-registered", provider=provider.name)
    state = secrets.token_urlsafe(32)
    verifier = secrets.token_urlsafe(64)  # 86 characters: RFC 7636 asks 43 to 128
    listener = LoopbackRedirect(state)
    try:
        client = _client(provider, listener.uri, proxy)
        url, _ = client.create_authorization_url(
            provider.authorization_endpoint,
            state=state,
            code_verifier=verifier,
            login_hint=email.strip(),
        )
        # In its own thread: some launchers wait until the browser is closed again.
        threading.Thread(target=open_browser, args=(url,), daemon=True).start()
        try:
            answer = listener.wait(
                timeout,
                cancelled,
                lambda: OAuthError(
                    "oauth-timeout", provider=provider.name, minutes=max(1, round(timeout / 60))
                ),
            )
        except _Cancelled:
            raise SignInCancelled(provider.name) from None
    finally:
        listener.close()
    return _finish(client, provider, answer, state, verifier)


def _finish(client: Any, provider: OAuthProvider, answer: str, state: str, verifier: str) -> Tokens:
    from authlib.oauth2 import OAuth2Error

    query = {k: v[0] for k, v in parse_qs(urlsplit(answer).query).items()}
    # RFC 9207: the answer names who sent it; one from another issuer is a mix-up attack.
    if "iss" in query and query["iss"] != provider.issuer:
        raise OAuthError("oauth-wrong-issuer", provider=provider.name, detail=query["iss"])
    if "error" in query:
        exc = OAuth2Error(error=query["error"], description=query.get("error_description"))
        raise _protocol_error(exc, provider.name)
    try:
        token = client.fetch_token(
            provider.token_endpoint,
            authorization_response=answer,
            state=state,
            code_verifier=verifier,
        )
        return _tokens(token)
    except OAuth2Error as exc:
        raise _protocol_error(exc, provider.name) from None
    except ValueError as exc:  # not JSON, no access token: not a token endpoint's answer
        raise OAuthError("oauth-provider-error", provider=provider.name, detail=str(exc)) from None


def refresh(provider: OAuthProvider, refresh_token: str, proxy: str = "") -> Tokens:
    """New tokens from a refresh token (the provider may send a new refresh token too)."""
    from authlib.oauth2 import OAuth2Error

    client = _client(provider, proxy=proxy)
    try:
        token = client.refresh_token(provider.token_endpoint, refresh_token=refresh_token)
        return _tokens(token, refresh_token)
    except OAuth2Error as exc:
        raise _protocol_error(exc, provider.name) from None
    except ValueError as exc:
        raise OAuthError("oauth-provider-error", provider=provider.name, detail=str(exc)) from None


class RefreshTokens:
    """Refresh tokens in the OS keyring (PasswordStore's rules: refused when insecure),
    in parts when long (Windows' 2560-byte limit); with `session`, in this process's
    memory only (ask each time)."""

    def __init__(self, passwords: PasswordStore, session: bool = False) -> None:
        self.passwords = passwords
        self.session = session

    @staticmethod
    def key(username: str, provider: OAuthProvider) -> str:
        return f"oauth:{username}@{provider.issuer}"

    def _parts(self, key: str) -> int:
        value = self.passwords.get(key) or ""
        if value.startswith(CHUNK_MARK) and value[len(CHUNK_MARK) :].isdigit():
            return int(value[len(CHUNK_MARK) :])
        return 0

    def save(self, key: str, token: str) -> None:
        if self.session:
            self.passwords.remember_for_session(key, token)
            return
        old = self._parts(key)
        parts = [token[i : i + CHUNK] for i in range(0, len(token), CHUNK)] or [""]
        if len(parts) == 1:
            self.passwords.save(key, token)
        else:
            for n, part in enumerate(parts, 1):
                self.passwords.save(f"{key}#{n}", part)
            self.passwords.save(key, f"{CHUNK_MARK}{len(parts)}")
        for n in range(len(parts) + 1 if len(parts) > 1 else 1, old + 1):
            self.passwords.forget(f"{key}#{n}")  # left from a longer token

    def get(self, key: str) -> str | None:
        if self.session:
            return self.passwords.session_password(key)
        value = self.passwords.get(key)
        if value is None or not value.startswith(CHUNK_MARK):
            return value
        count = self._parts(key)
        parts = [self.passwords.get(f"{key}#{n}") for n in range(1, count + 1)]
        if not count or any(p is None for p in parts):
            return None  # damaged: signing in again mends it
        return "".join(p for p in parts if p is not None)

    def keys(self, key: str) -> tuple[str, ...]:
        """The keyring keys this token occupies: its own and its parts' (Forget Everything
        names them where the keyring cannot be searched)."""
        return (key, *(f"{key}#{n}" for n in range(1, self._parts(key) + 1)))

    def forget(self, key: str) -> None:
        if self.session:
            self.passwords.forget(key)
            return
        for n in range(1, self._parts(key) + 1):
            self.passwords.forget(f"{key}#{n}")
        self.passwords.forget(key)


class AccessTokens:
    """Access tokens for one account, renewed before they expire; a rotated refresh token
    is saved as soon as it comes. `store` None: nothing is kept (ask each time)."""

    def __init__(
        self,
        provider: OAuthProvider,
        username: str,
        store: RefreshTokens | None,
        tokens: Tokens | None = None,
        clock: Callable[[], float] = time.time,
        proxy: str = "",
    ) -> None:
        self.provider = provider
        self.proxy = proxy  # renewals go the account's way: through its proxy, if set
        self.username = username
        self.store = store
        self.key = RefreshTokens.key(username, provider)
        self._tokens = tokens
        self._clock = clock
        if tokens is not None and store is not None and tokens.refresh_token:
            store.save(self.key, tokens.refresh_token)

    def access_token(self) -> str:
        t = self._tokens
        if (
            t is not None
            and t.access_token
            and (t.expires_at == 0 or t.expires_at - LEEWAY > self._clock())
        ):
            return t.access_token
        return self.renew().access_token

    def renew(self) -> Tokens:
        current = self._tokens.refresh_token if self._tokens else ""
        if not current and self.store is not None:
            current = self.store.get(self.key) or ""
        if not current:
            raise OAuthError(
                "oauth-signed-out", provider=self.provider.name, username=self.username
            )
        try:
            tokens = refresh(self.provider, current, self.proxy)
        except OAuthError as exc:
            if exc.code == "oauth-grant-invalid":  # revoked or expired: it is of no use
                self._tokens = None
                if self.store is not None:
                    self.store.forget(self.key)
            raise
        if self.store is not None and tokens.refresh_token != current:
            self.store.save(self.key, tokens.refresh_token)  # the old one may be dead now
        self._tokens = tokens
        return tokens

    def invalidate(self) -> None:
        """The server refused the access token: the next one is fetched anew."""
        if self._tokens is not None:
            self._tokens.access_token = ""


def stored_sign_in(
    provider: OAuthProvider,
    username: str,
    passwords: PasswordStore,
    session: bool = False,
    proxy: str = "",
) -> AccessTokens:
    """The sign-in kept for this account: in the keyring, or with `session` (ask each time)
    signed in earlier in this run; OAuthError (oauth-signed-out) when there is none (never
    signed in, an insecure keyring, or a revoked one forgotten)."""
    store = RefreshTokens(passwords, session)
    tokens = AccessTokens(provider, username, store, proxy=proxy)
    if store.get(tokens.key) is None:
        raise OAuthError("oauth-signed-out", provider=provider.name, username=username)
    return tokens
