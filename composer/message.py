"""Build the RFC 5322 message for one letter: no header injection, nothing about the machine."""

from __future__ import annotations

import datetime as dt
import email.policy
import io
import uuid
from email.generator import BytesGenerator
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from .addresses import is_email
from .letter import Letter
from .problems import InputError, Problem

# The SMTP policy writes CRLF and refuses CR/LF inside header values.
POLICY = email.policy.SMTP.clone(max_line_length=78)


def _one_line(value: str, header: str) -> str:
    # splitlines() knows every line break Unicode has (\x1c-\x1e, \x85, \u2028, ...), and
    # no control character belongs in a header.
    if len(value.splitlines()) > 1 or any(ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise InputError(Problem("header-line-break", args={"header": header}))
    return value


def _address(display: str, addr: str, header: str) -> Address:
    _one_line(display, header)
    if not is_email(addr):
        raise InputError(Problem("header-bad-address", args={"value": addr}))
    local, _, domain = addr.rpartition("@")
    try:
        return Address(display_name=display, username=local, domain=domain)
    except (ValueError, IndexError):
        raise InputError(Problem("header-bad-address", args={"value": addr})) from None


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
    msg["From"] = _address(sender_name, sender_email, "sender name")
    msg["To"] = _address(recipient_name, recipient_email, "recipient name")
    if cc is not None:
        msg["Cc"] = _address(cc[0], cc[1], "copy name")
    msg["Subject"] = _one_line(letter.subject, "subject")
    # UTC: the sender's time zone says where they are.
    when = (date or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id or new_message_id(sender_email)
    body = letter.body if letter.body.endswith("\n") else letter.body + "\n"
    # Quoted-printable keeps every line short (SMTP's 998-octet limit) and stays readable.
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    return msg


def message_bytes(msg: EmailMessage) -> bytes:
    """The message exactly as it goes on the wire (CRLF line ends)."""
    out = io.BytesIO()
    BytesGenerator(out, policy=POLICY).flatten(msg)
    return out.getvalue()


def mbox_entry(msg: EmailMessage, envelope_from: str, when: dt.datetime | None = None) -> bytes:
    """The message in mbox form: a 'From ' line, LF line ends, body 'From ' lines quoted."""
    when = (when or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    out = io.BytesIO()
    out.write(f"From {envelope_from} {when:%a %b %d %H:%M:%S %Y}\n".encode("ascii"))
    BytesGenerator(out, mangle_from_=True, policy=POLICY.clone(linesep="\n")).flatten(msg)
    data = out.getvalue()
    return data + (b"\n" if data.endswith(b"\n") else b"\n\n")
