# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the RFC 5322 message for one letter: no header injection, nothing about the machine."""

from __future__ import annotations

import base64
import datetime as dt
import email.policy
import io
import re
import uuid
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime

from composer.addresses import is_control, normalise_email
from composer.problems import InputError, Problem
from composer.templates.letter import Letter

# The SMTP policy writes CRLF. Every header that carries a typed or campaign value is
# encoded and folded here and handed over with set_raw, so the email package never refolds
# untrusted text (its folder could be made to inject headers before CVE-2024-6923 was fixed,
# and the frozen app ships such a Python).
POLICY = email.policy.SMTP.clone(max_line_length=78, refold_source="none")
# Characters of an RFC 5322 atom; a phrase of such words needs no quoting.
_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+")
_PRINTABLE = re.compile(r"[\x20-\x7e]*")
_MAX_PLAIN_WORD = 60  # a longer word is encoded, so every folded line stays short
# RFC 6532: a message from or to a UTF-8 mailbox (josé@...) carries its headers as raw
# UTF-8; it only ever travels with SMTPUTF8 (smtp.py). Every other message stays 7-bit.
UTF8_POLICY = POLICY.clone(utf8=True)
_ADDRESS_HEADERS = ("from", "to", "cc")


def _one_line(value: str, header: str) -> str:
    # splitlines() knows every line break Unicode has (\x1c-\x1e, \x85, \u2028, ...), and
    # no control character belongs in a header.
    # The dot: a break at the very end leaves splitlines() a single line.
    if len(f"{value}.".splitlines()) > 1 or any(is_control(ch) for ch in value):
        raise InputError(Problem("header-line-break", args={"header": header}))
    return value


def _encoded_words(text: str) -> list[str]:
    """RFC 2047 base64 words of at most 75 characters, split between characters.

    Readers join adjacent encoded words without the space between them, so the text comes
    back exactly: spaces, quotes, brackets and '=?' included."""
    words, chunk = [], ""
    for ch in text:
        # 42 bytes make 56 base64 characters: with "Subject: " a line of 77.
        if len((chunk + ch).encode("utf-8")) > 42:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return [f"=?utf-8?b?{base64.b64encode(w.encode('utf-8')).decode('ascii')}?=" for w in words]


def _plain_words(text: str) -> list[str] | None:
    """The text's words when it reads back unchanged without encoding, else None.

    Plain means printable ASCII, single spaces, no space at either end, no word longer
    than a line allows, and no '=?' (mail programs decode what looks like an encoded
    word, so such text would be shown as something else)."""
    if not _PRINTABLE.fullmatch(text) or "=?" in text:
        return None
    words = text.split(" ")
    if any(not w or len(w) > _MAX_PLAIN_WORD for w in words):
        return None  # empty words: a space at an end or two in a row
    return words


def _phrase_words(display: str) -> list[str]:
    """A display name as RFC 5322 phrase words that read back as exactly `display`.

    Atoms stay as they are; other printable ASCII goes in one quoted string (so commas,
    '@' and angle brackets are text, never an address); anything else is encoded words."""
    plain = _plain_words(display)
    if plain is None:
        return _encoded_words(display)
    if all(_ATOM.fullmatch(w) for w in plain):
        return plain
    quoted = '"' + display.replace("\\", "\\\\").replace('"', '\\"') + '"'
    words = quoted.split(" ")  # a fold inside a quoted string keeps its space
    if any(len(w) > _MAX_PLAIN_WORD + 2 for w in words):
        return _encoded_words(display)  # escapes made a word too long to fold
    return words


def _fold(name: str, words: list[str]) -> str:
    """The header's value, folded at the spaces between words to 78 columns."""
    lines, line = [], f"{name}:"
    for word in words:
        if len(line) + 1 + len(word) > 78 and line != f"{name}:":
            lines.append(line)
            line = ""
        line += " " + word
    lines.append(line)
    return "\n".join(lines)[len(name) + 2 :]


def _address_header(name: str, display: str, addr: str, what: str) -> str:
    """One mailbox: the display name exactly as given, then the checked address."""
    _one_line(display, what)
    normal = normalise_email(addr)
    if normal is None:
        raise InputError(Problem("header-bad-address", args={"value": addr[:200]}))
    words = _phrase_words(display) if display else []
    return _fold(name, [*words, f"<{normal}>"])


def _subject_header(subject: str) -> str:
    _one_line(subject, "subject")
    words = _plain_words(subject) if subject else []
    return _fold("Subject", _encoded_words(subject) if words is None else words)


def new_message_id(sender: str) -> str:
    """A random Message-ID on the sender's own domain: no host name, pid or clock in it."""
    return f"<{uuid.uuid4().hex}@{sender.rpartition('@')[2]}>"


def build_message(
    letter: Letter,
    sender_name: str,
    sender_email: str,
    recipient_name: str,
    recipient_email: str,
    *,
    date: dt.datetime | None = None,
    message_id: str | None = None,
    cc: tuple[str, str] | None = None,
) -> EmailMessage:
    """One text/plain UTF-8 message. InputError when a header value is unusable."""
    msg = EmailMessage(policy=POLICY)
    # set_raw: the value is already checked and folded; the policy writes it as it is.
    msg.set_raw("From", _address_header("From", sender_name, sender_email, "sender name"))
    msg.set_raw("To", _address_header("To", recipient_name, recipient_email, "recipient name"))
    if cc is not None:
        msg.set_raw("Cc", _address_header("Cc", cc[0], cc[1], "copy name"))
    msg.set_raw("Subject", _subject_header(letter.subject))
    # UTC: the sender's time zone says where they are.
    when = (date or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id or new_message_id(normalise_email(sender_email) or "")
    # The email package splits lines at a lone CR too: make every line end LF first, so
    # the body arrives as the window showed it.
    body = letter.body.replace("\r\n", "\n").replace("\r", "\n")
    body = body if body.endswith("\n") else body + "\n"
    # Quoted-printable keeps every line short (SMTP's 998-octet limit) and stays readable.
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    return msg


def _policy(msg: EmailMessage) -> email.policy.EmailPolicy:
    """UTF8_POLICY when an address header holds a UTF-8 local part, else POLICY."""
    utf8 = any(
        not str(value).isascii()
        for name, value in msg.raw_items()
        if name.lower() in _ADDRESS_HEADERS
    )
    return UTF8_POLICY if utf8 else POLICY


def message_bytes(msg: EmailMessage) -> bytes:
    """The message exactly as it goes on the wire (CRLF line ends)."""
    out = io.BytesIO()
    BytesGenerator(out, policy=_policy(msg)).flatten(msg)
    return out.getvalue()


def mbox_entry(msg: EmailMessage, envelope_from: str, when: dt.datetime | None = None) -> bytes:
    """The message in mbox form: a 'From ' line, LF line ends, body 'From ' lines quoted."""
    when = (when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    out = io.BytesIO()
    out.write(f"From {envelope_from} {when:%a %b %d %H:%M:%S %Y}\n".encode())
    policy = _policy(msg).clone(linesep="\n")
    BytesGenerator(out, mangle_from_=True, policy=policy).flatten(msg)
    data = out.getvalue()
    return data + (b"\n" if data.endswith(b"\n") else b"\n\n")
