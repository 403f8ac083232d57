"""Checks for e-mail addresses and language codes typed by organisers and users."""

from __future__ import annotations

import re

# Deliberately conservative: no quoted local parts, comments or IP literals, which no
# campaign needs and which make header injection and confusion easier.
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\u0080-\U0010ffff-]{1,64}"
    r"@(?=.{1,253}$)(?:[A-Za-z0-9\u0080-\U0010ffff](?:[A-Za-z0-9\u0080-\U0010ffff-]{0,61}"
    r"[A-Za-z0-9\u0080-\U0010ffff])?\.)+[A-Za-z\u0080-\U0010ffff]{2,63}$"
)
_LANG = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")


def is_email(value: str) -> bool:
    """True for a plain addr-spec like someone@example.org (no display name)."""
    if not isinstance(value, str) or value != value.strip():
        return False
    if ".." in value or value.startswith(".") or "@." in value or ".@" in value:
        return False
    return bool(_EMAIL.match(value))


def is_language(value: str) -> bool:
    """True for codes like en, fr, kk, pt-br (lowercase, as used in bundle file names)."""
    return isinstance(value, str) and bool(_LANG.match(value))
