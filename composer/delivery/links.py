# SPDX-License-Identifier: GPL-3.0-or-later
"""Other ways to deliver a letter: mailto: and webmail links, and text for the clipboard.

Nothing here touches the network: the UI opens a link only when the user clicks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from composer.campaigns.campaign import Recipient
from composer.templates.letter import Letter

# Longest link handed to a mail app or a browser. Mail apps on Windows (Outlook above all)
# cut or refuse mailto: links past about 2,000 characters (Internet Explorer's 2,083 is
# still the limit much of Windows keeps), and Outlook on the web documents about 2,048 for
# its compose links. 2,000 keeps a margin below both. Longer letters go to the clipboard:
# the link then carries only recipient and subject.
SAFE_URL_LENGTH = 2000

# How a letter reached its recipient, as the Sent list records it. "smtp" is the app's
# own sending; the others are the user's word when they mark a letter as sent.
ROUTES = ("smtp", "mail-app", "webmail", "post", "fax", "other")
MANUAL_ROUTES = ROUTES[1:]


def encode(value: str) -> str:
    """Percent-encode UTF-8, everything but RFC 3986's unreserved characters (so `&`, `?`,
    `#`, `+`, `%` and spaces are encoded too, and no mail app reads `+` as a space)."""
    return quote(value, safe="")


def _encode_address(address: str) -> str:
    # RFC 6068 allows "@" unencoded in the address part; nothing else is left bare.
    return quote(address, safe="@")


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _crlf(text: str) -> str:
    """Line breaks as RFC 6068 wants them in a mailto: body (%0D%0A)."""
    return _lf(text).replace("\n", "\r\n")


@dataclass(frozen=True)
class Webmail:
    """A webmail service's compose page and the names of its query parameters."""

    key: str
    name: str
    base: str  # up to and including "?" and any fixed parameters
    to: str = "to"
    subject: str = "subject"
    body: str = "body"

    def url(self, to: str, subject: str, body: str | None) -> str:
        parts = [f"{self.to}={_encode_address(to)}", f"{self.subject}={encode(subject)}"]
        if body is not None:
            # A web page's text box takes line feeds; RFC 6068's CRLF is for mailto: only.
            parts.append(f"{self.body}={encode(_lf(body))}")
        joiner = "" if self.base.endswith("?") else "&"
        return self.base + joiner + "&".join(parts)


WEBMAIL: dict[str, Webmail] = {
    w.key: w
    for w in (
        Webmail("gmail", "Gmail", "https://mail.google.com/mail/?view=cm&fs=1", subject="su"),
        Webmail("outlook", "Outlook.com", "https://outlook.live.com/mail/0/deeplink/compose?"),
        Webmail("yahoo", "Yahoo Mail", "https://compose.mail.yahoo.com/?"),
    )
}


def mailto_url(to: str, subject: str, body: str | None) -> str:
    """An RFC 6068 mailto: link; the body is left out when None."""
    url = f"mailto:{_encode_address(to)}?subject={encode(subject)}"
    if body is not None:
        url += f"&body={encode(_crlf(body))}"
    return url


@dataclass(frozen=True)
class Link:
    """A link to open, and the body to put on the clipboard when the link could not hold it."""

    url: str
    clipboard: str | None = None

    @property
    def body_on_clipboard(self) -> bool:
        return self.clipboard is not None


def link_for(
    recipient: Recipient, letter: Letter, service: str = "mailto", limit: int = SAFE_URL_LENGTH
) -> Link:
    """The link for one recipient's letter: whole when it fits in `limit` characters, else
    recipient and subject only, with the body for the clipboard."""
    build = mailto_url if service == "mailto" else WEBMAIL[service].url
    full = build(recipient.email, letter.subject, letter.body)
    if len(full) <= limit:
        return Link(full)
    return Link(build(recipient.email, letter.subject, None), letter.body)


def clipboard_text(
    letters: Sequence[tuple[Recipient, Letter]],
    to_label: str = "To",
    subject_label: str = "Subject",
) -> str:
    """Recipients, subject and body, ready to paste anywhere. Recipients whose letters are
    word for word the same share one copy; the others (a greeting by name) get their own.
    The labels come translated from the UI."""
    groups: list[tuple[Letter, list[Recipient]]] = []
    for recipient, letter in letters:
        for same, people in groups:
            if same == letter:
                people.append(recipient)
                break
        else:
            groups.append((letter, [recipient]))
    blocks = []
    for letter, people in groups:
        to = ", ".join(f"{r.name} <{r.email}>" for r in people)
        body = _lf(letter.body).rstrip()
        blocks.append(f"{to_label}: {to}\n{subject_label}: {letter.subject}\n\n{body}\n")
    return ("\n" + "-" * 40 + "\n\n").join(blocks)
