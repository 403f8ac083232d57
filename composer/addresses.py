# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks for e-mail addresses and language codes typed by organisers and users."""

from __future__ import annotations

import re
import unicodedata

# Deliberately conservative: a local part without quotes, comments or IP literals, which no
# campaign needs and which make header injection and confusion easier. Beyond ASCII, only
# letters, combining marks and digits (RFC 6531 mailboxes like josé@ or дмитрий@): no
# spaces, invisible format or bidi characters, and no look-alikes of @ < > " or dots.
_LOCAL_ASCII = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-"
)
_LOCAL_WIDE = ("Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Nd")  # Unicode categories beyond ASCII
# Letters (category Lo) that draw nothing: a name could hide in them.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")
_LABEL = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_LANG = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})?")
MAX_LOCAL_OCTETS = 64  # RFC 5321 4.5.3.1.1, counted in UTF-8 (RFC 6531 3.3)
MAX_ADDRESS_OCTETS = 254  # RFC 5321 4.5.3.1.3: a path of 256 octets, less its < >


def _local_char(ch: str) -> bool:
    if ch.isascii():
        return ch in _LOCAL_ASCII
    return unicodedata.category(ch) in _LOCAL_WIDE and ch not in _BLANK_LETTERS


def _normal_local(local: str) -> str | None:
    """The local part as sent (NFC, RFC 6532 3.1), or None when it is not one we accept."""
    local = unicodedata.normalize("NFC", local)
    if len(local.encode("utf-8")) > MAX_LOCAL_OCTETS:
        return None
    for atom in local.split("."):
        if not atom or not all(_local_char(ch) for ch in atom):
            return None
        # A mark at the start of an atom would draw itself over the dot or the "<" before.
        if unicodedata.category(atom[0]).startswith("M"):
            return None
    return local


def _ascii_domain(domain: str) -> str | None:
    """IDNA 2008 with UTS 46 mapping (as browsers do): straße.de is xn--strae-oqa.de.

    Never the standard library's "idna" codec: it is IDNA 2003, which maps straße.de to
    strasse.de, another domain with another owner.
    """
    import idna  # only for international domains: most addresses never need it

    try:
        return idna.encode(domain, uts46=True, std3_rules=True).decode("ascii")
    except (UnicodeError, ValueError):  # idna.IDNAError is a UnicodeError
        return None


def normalise_email(value: str) -> str | None:
    """The address in the form it is sent with (xn-- domain, NFC local part), or None when
    it is not one."""
    if not isinstance(value, str) or value != value.strip() or value.count("@") != 1:
        return None
    if len(value) > 4 * MAX_ADDRESS_OCTETS:  # hostile input: bound the work below
        return None
    local, domain = value.split("@")
    local = _normal_local(local)
    if local is None:
        return None
    # An xn-- label must be a valid A-label, or it could hide any name (or none).
    if not domain.isascii() or any(x.startswith("xn--") for x in domain.lower().split(".")):
        domain = _ascii_domain(domain)
        if domain is None:
            return None
    labels = domain.split(".")
    if len(domain) > 253 or len(labels) < 2 or not all(_LABEL.fullmatch(x) for x in labels):
        return None
    if labels[-1].isdigit():  # an IP address is not a mail domain here
        return None
    address = f"{local}@{domain.lower()}"
    if len(address.encode("utf-8")) > MAX_ADDRESS_OCTETS:
        return None
    return address


def needs_smtputf8(address: str) -> bool:
    """True for an address only a server offering SMTPUTF8 can take (a UTF-8 local part:
    normalised domains are always ASCII)."""
    return not address.isascii()


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
