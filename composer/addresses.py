"""Checks for e-mail addresses and language codes typed by organisers and users."""

from __future__ import annotations

import re

# Deliberately conservative: an ASCII local part without quotes, comments or IP literals,
# which no campaign needs and which make header injection and confusion easier.
# International domains are accepted and written in their ASCII (xn--) form.
_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_LABEL = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_LANG = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})?")


def normalise_email(value: str) -> str | None:
    """The address in the form it is sent with (xn-- domain), or None when it is not one."""
    if not isinstance(value, str) or value != value.strip() or value.count("@") != 1:
        return None
    local, domain = value.split("@")
    if len(local) > 64 or not _LOCAL.fullmatch(local):
        return None
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except (UnicodeError, ValueError):
            return None
    labels = domain.split(".")
    if len(domain) > 253 or len(labels) < 2 or not all(_LABEL.fullmatch(x) for x in labels):
        return None
    if labels[-1].isdigit():  # an IP address is not a mail domain here
        return None
    return f"{local}@{domain.lower()}"


def is_control(ch: str) -> bool:
    """C0 and C1 control characters and DEL: invisible, and never wanted in a header."""
    code = ord(ch)
    return code < 32 or 127 <= code < 160


def is_email(value: str) -> bool:
    """True for a plain addr-spec like someone@example.org (no display name)."""
    return normalise_email(value) is not None


def is_language(value: str) -> bool:
    """True for codes like en, fr, kk, pt-br (lowercase, as used in bundle file names)."""
    return isinstance(value, str) and bool(_LANG.fullmatch(value))
