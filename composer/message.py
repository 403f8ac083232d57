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

from .addresses import is_control, normalise_email
from .letter import Letter
from .problems import InputError, Problem

# The SMTP policy writes CRLF and refuses CR/LF inside header values. Address headers are
# written pre-folded (see _address_header), so the policy must not refold them.
POLICY = email.policy.SMTP.clone(max_line_length=78, refold_source="none")
# RFC 6532: a message from or to a UTF-8 mailbox (josé@...) carries its headers as raw
# UTF-8; it only ever travels with SMTPUTF8 (smtp.py). Every other message stays 7-bit.
UTF8_POLICY = POLICY.clone(utf8=True)
_ADDRESS_HEADERS = ("from", "to", "cc")
_ATOMS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+")


def _one_line(value: str, header: str) -> str:
    # splitlines() knows every line break Unicode has (\x1c-\x1e, \x85, \u2028, ...), and
    # no control character belongs in a header.
    if len(value.splitlines()) > 1 or any(is_control(ch) for ch in value):
        raise InputError(Problem("header-line-break", args={"header": header}))
    return value


def _encoded_words(text: str) -> list[str]:
    """RFC 2047 base64 words of at most 75 characters, split between characters."""
    words, chunk = [], ""
    for ch in text:
        if len((chunk + ch).encode("utf-8")) > 45:  # 45 bytes -> 60 base64 characters
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    return [f"=?utf-8?b?{base64.b64encode(w.encode('utf-8')).decode('ascii')}?=" for w in words]


def _address_header(name: str, display: str, addr: str, what: str) -> str:
    """One mailbox, folded to 78 columns by us.

    Python's own folding drops the quotes around a long display name with a comma, turning
    'Embassy of ..., x@evil.example' into two recipients. So the display name is written
    as plain words, a quoted string, or RFC 2047 encoded words, and folded only at spaces.
    """
    _one_line(display, what)
    normal = normalise_email(addr)
    if normal is None:
        raise InputError(Problem("header-bad-address", args={"value": addr[:200]}))
    display = " ".join(display.split())
    if not display:
        words = []
    elif _ATOMS.fullmatch(display):
        words = display.split(" ")
    elif display.isascii():
        quoted = '"' + display.replace("\\", "\\\\").replace('"', '\\"') + '"'
        words = quoted.split(" ")  # a fold inside a quoted string keeps its space
    else:
        words = _encoded_words(display)
    words.append(f"<{normal}>")
    lines, line = [], f"{name}:"
    for word in words:
        if len(line) + 1 + len(word) > 78 and line != f"{name}:":
            lines.append(line)
            line = ""
        line += " " + word
    lines.append(line)
    return "\n".join(lines)[len(name) + 2 :]


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
    msg["Subject"] = _one_line(letter.subject, "subject")
    # UTC: the sender's time zone says where they are.
    when = (date or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id or new_message_id(normalise_email(sender_email) or "")
    body = letter.body if letter.body.endswith("\n") else letter.body + "\n"
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
