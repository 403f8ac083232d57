# SPDX-License-Identifier: GPL-3.0-or-later
"""Where every connection to a server starts: directly, or through a SOCKS5 proxy (Tor is
one) that looks up the server's name itself, so this computer never asks its own DNS.

Fail closed: with a proxy set, nothing connects anywhere but to the proxy; a proxy that is
down is an error (ProxyFailure), never a reason to go direct. The one function the mail
code (and any later sign-in code) calls is `open_socket`; TLS is put on top by the caller,
with the server's real name, so certificates are checked as without a proxy.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass

TOR = "tor"  # the setting that means: the Tor running on this computer
TOR_PORTS = (9050, 9150)  # the tor service's SOCKS port; Tor Browser's own
TOR_PROBE_TIMEOUT = 2.0  # seconds: a local port answers at once or not at all
SCHEMES = ("socks5://", "socks5h://")  # both: the proxy resolves names (never socks4)


class ProxyFailure(OSError):
    """The proxy could not be used; nothing went to the server, directly or otherwise."""

    def __init__(self, proxy: str, detail: str) -> None:
        super().__init__(detail)
        self.proxy, self.detail = proxy, detail


class ProxyUnreachable(ProxyFailure):
    """Nothing answers at the proxy's address (it is not running, or the address is wrong)."""


class TorNotRunning(ProxyFailure):
    """The Tor choice, and no Tor answers on this computer's usual ports."""


class ProxyRefused(ProxyFailure):
    """The proxy answered but could not (or would not) reach the server."""


class ProxySettingError(ValueError):
    """A proxy setting that cannot be used (the message says why, in English)."""


@dataclass(frozen=True)
class Socks5:
    host: str
    port: int

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"socks5://{host}:{self.port}"


def parse_proxy(text: str) -> str:
    """The setting in its one stored form: "" (direct), "tor", or "socks5://HOST:PORT".
    "none" and "" mean direct; socks5h:// is taken as socks5:// (names go to the proxy
    either way). Raises ProxySettingError for anything else."""
    value = text.strip()
    if value.lower() in ("", "none", "direct"):
        return ""
    if value.lower() == TOR:
        return TOR
    return str(_socks5(value))


def _socks5(value: str) -> Socks5:
    lower = value.lower()
    scheme = next((s for s in SCHEMES if lower.startswith(s)), None)
    if scheme is None:
        raise ProxySettingError(
            f"'{value}' is not a SOCKS5 proxy: give socks5://HOST:PORT, tor or none"
        )
    rest = value[len(scheme) :].rstrip("/")
    if "@" in rest or "/" in rest or "?" in rest or "#" in rest:
        raise ProxySettingError(f"'{value}': give only socks5://HOST:PORT (no user or path)")
    if rest.startswith("["):  # an IPv6 address
        host, _, port_text = rest[1:].partition("]:")
    else:
        host, _, port_text = rest.rpartition(":")
    digits = port_text.isascii() and port_text.isdigit()
    if not host or any(c.isspace() for c in host) or not digits:
        raise ProxySettingError(f"'{value}': give socks5://HOST:PORT, e.g. socks5://127.0.0.1:1080")
    port = int(port_text)
    if not 1 <= port <= 65535:
        raise ProxySettingError(f"'{value}': port {port} is not between 1 and 65535")
    return Socks5(host, port)


def is_socks5(host: str, port: int, timeout: float = TOR_PROBE_TIMEOUT) -> bool:
    """Does a SOCKS5 server answer here? A greeting offering no authentication, and its
    answer; nothing is asked of it beyond that."""
    try:
        with socket.create_connection((host, port), timeout) as sock:
            sock.sendall(b"\x05\x01\x00")
            return sock.recv(2) == b"\x05\x00"
    except OSError:
        return False


def find_tor(
    ports: tuple[int, ...] = TOR_PORTS, timeout: float = TOR_PROBE_TIMEOUT
) -> Socks5 | None:
    """The Tor SOCKS port that answers on this computer (127.0.0.1), or None."""
    for port in ports:
        if is_socks5("127.0.0.1", port, timeout):
            return Socks5("127.0.0.1", port)
    return None


def resolve_proxy(proxy: str, tor_ports: tuple[int, ...] = TOR_PORTS) -> Socks5 | None:
    """The proxy to go through (None: direct). The Tor choice finds a running Tor, or
    raises TorNotRunning: never direct."""
    setting = parse_proxy(proxy)
    if not setting:
        return None
    if setting == TOR:
        found = find_tor(tor_ports)
        if found is None:
            ports = " or ".join(str(p) for p in tor_ports)
            raise TorNotRunning(TOR, f"nothing answers on 127.0.0.1 port {ports}")
        return found
    return _socks5(setting)


def open_socket(host: str, port: int, timeout: float | None, proxy: str = "") -> socket.socket:
    """A TCP connection to host:port, through the proxy when one is set.

    Through a proxy, `host` is sent to it as a name (SOCKS5 with remote DNS): this
    computer never resolves it, and never connects anywhere but to the proxy."""
    via = resolve_proxy(proxy)
    if via is None:
        return socket.create_connection((host, port), timeout)
    from python_socks import ProxyConnectionError, ProxyError, ProxyTimeoutError, ProxyType
    from python_socks.sync import Proxy

    # rdns=True: the name goes to the proxy (what socks5h:// means to curl).
    client = Proxy(ProxyType.SOCKS5, via.host, via.port, rdns=True)
    try:
        sock = client.connect(dest_host=host, dest_port=port, timeout=timeout)
    except ProxyConnectionError as exc:
        raise ProxyUnreachable(str(via), _why(exc)) from None
    except ProxyTimeoutError as exc:
        raise ProxyRefused(str(via), f"no answer in time ({exc})") from None
    except ProxyError as exc:
        raise ProxyRefused(str(via), str(exc)) from None
    except OSError as exc:  # the proxy's own connection broke while it was being asked
        raise ProxyRefused(str(via), exc.strerror or str(exc)) from None
    sock.settimeout(timeout)
    return sock


def _why(exc: OSError) -> str:
    text = str(exc)
    return text[text.rfind("[") + 1 : -1] if text.endswith("]") and "[" in text else text
