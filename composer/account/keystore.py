# SPDX-License-Identifier: GPL-3.0-or-later
"""The mail password: in the operating system's secure store, or in memory only.

Never in a file. When the active keyring backend is not a secure one (a plaintext file,
the "fail" backend, or a chain holding such), nothing is stored and the caller offers to
ask for the password each time instead.
"""

from __future__ import annotations

import contextlib
from typing import Any

from composer.problems import ComposerError, Problem

SERVICE = "letter-composer"  # every entry the app writes is under this service name
MAX_FORGET = 1000  # entries forget_all deletes at most (the app writes one or two)

# Backends that keep secrets encrypted by the operating system.
SECURE_BACKENDS = {
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
}


FRIENDLY_NAMES = {
    "keyring.backends.SecretService.Keyring": "Secret Service",
    "keyring.backends.libsecret.Keyring": "Secret Service",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet",
}


class KeyringError(ComposerError):
    """The password could not be stored or read."""


def backend_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_secure(backend: Any) -> bool:
    """True only for OS stores; a chain is secure when every backend in it is."""
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        members = list(getattr(backend, "backends", []))
        return bool(members) and all(is_secure(b) for b in members)
    return backend_name(backend) in SECURE_BACKENDS


def default_backend() -> Any:
    """keyring's choice when it is secure; else the best secure backend that works here.

    keyring may pick a chain that falls back to a plaintext file (keyrings.alt installed),
    so a secure store that is present is looked for explicitly. With none, the insecure
    choice is returned and PasswordStore refuses to store in it.
    """
    import importlib

    import keyring
    from keyring.backend import get_all_keyring

    # keyring finds its backends through package metadata, which a frozen app may lack;
    # importing them registers them just the same.
    for module in ("SecretService", "libsecret", "kwallet", "macOS", "Windows"):
        try:
            importlib.import_module(f"keyring.backends.{module}")
        except Exception:  # noqa: BLE001 - a backend for another system, or missing parts
            continue
    chosen = keyring.get_keyring()
    if is_secure(chosen):
        return chosen
    viable = [k for k in get_all_keyring() if is_secure(k) and getattr(k, "priority", 0) > 0]
    return max(viable, key=lambda k: k.priority) if viable else chosen


class PasswordStore:
    """Passwords by account key: the OS keyring when secure, else memory for this run."""

    def __init__(self, backend: Any | None = None) -> None:
        self._backend = backend
        self._memory: dict[str, str] = {}

    @property
    def backend(self) -> Any:
        if self._backend is None:
            self._backend = default_backend()
        return self._backend

    @property
    def secure(self) -> bool:
        return is_secure(self.backend)

    def describe(self) -> str:
        """A short name of the store for people: 'Secret Service', 'macOS Keychain', ..."""
        return FRIENDLY_NAMES.get(backend_name(self.backend)) or str(
            getattr(self.backend, "name", "") or backend_name(self.backend)
        )

    def save(self, key: str, password: str) -> None:
        """Store in the OS keyring; KeyringError (insecure-keyring) when it is not secure."""
        if not self.secure:
            raise KeyringError(Problem("insecure-keyring", args={"backend": self.describe()}))
        try:
            self.backend.set_password(SERVICE, key, password)
        except Exception as exc:  # noqa: BLE001 - keyring backends raise many kinds
            raise KeyringError(Problem("keyring-failed", args={"detail": str(exc)})) from None
        self._memory.pop(key, None)

    def remember_for_session(self, key: str, password: str) -> None:
        """'Ask me each time': kept in this process's memory only, gone when it ends."""
        self._memory[key] = password

    def session_password(self, key: str) -> str | None:
        """The password typed earlier in this session for an 'ask me each time' account;
        never the OS keyring's (an entry left there from before is not used)."""
        return self._memory.get(key)

    def get(self, key: str) -> str | None:
        if key in self._memory:
            return self._memory[key]
        if not self.secure:
            return None
        try:
            value = self.backend.get_password(SERVICE, key)
        except Exception as exc:  # noqa: BLE001
            raise KeyringError(Problem("keyring-failed", args={"detail": str(exc)})) from None
        return str(value) if value is not None else None

    def forget_all(self, known: tuple[str, ...] = ()) -> int:
        """Every entry this app wrote to the keyring, found by its service name (so that
        passwords, and any token a later sign-in stores, go whatever their key), and the
        `known` keys besides. keyring's get_credential(service, None) finds any entry of the
        service on Secret Service, libsecret and KWallet; keyring cannot list the macOS
        Keychain's or Windows' entries, so there only the `known` keys go: the caller passes
        every key the app may have written (composer/forget.py: `app_keyring_keys`).
        Returns how many entries were deleted."""
        self._memory.clear()
        if not self.secure:
            return 0
        gone = 0
        for key in known:
            with contextlib.suppress(Exception):  # none stored under it: nothing to do
                self.backend.delete_password(SERVICE, key)
                gone += 1
        for _ in range(MAX_FORGET):  # a bound, in case a backend keeps returning one entry
            try:
                found = self.backend.get_credential(SERVICE, None)
            except Exception as exc:  # noqa: BLE001
                raise KeyringError(Problem("keyring-failed", args={"detail": str(exc)})) from None
            if found is None:
                break
            try:
                self.backend.delete_password(SERVICE, found.username)
            except Exception as exc:  # noqa: BLE001
                raise KeyringError(Problem("keyring-failed", args={"detail": str(exc)})) from None
            gone += 1
        return gone

    def forget(self, key: str) -> None:
        self._memory.pop(key, None)
        if not self.secure:
            return
        import keyring.errors

        try:
            self.backend.delete_password(SERVICE, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except Exception as exc:  # noqa: BLE001
            raise KeyringError(Problem("keyring-failed", args={"detail": str(exc)})) from None
