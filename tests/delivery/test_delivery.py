# SPDX-License-Identifier: GPL-3.0-or-later
"""Links for mail apps and webmail, and the clipboard text: what goes in comes out."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from composer.campaigns.campaign import Recipient
from composer.delivery.links import (
    SAFE_URL_LENGTH,
    WEBMAIL,
    clipboard_text,
    link_for,
    mailto_url,
)
from composer.templates.letter import Letter

TRICKY = "Ana & Bob? #1 100% + more = café, Қазақстан, «ура»\n2nd line\r\nthird\rend  "
ONE_LINE = st.text().filter(lambda s: "\n" not in s and "\r" not in s)


def params(query: str) -> dict[str, str]:
    """Decode a query the strict way: '+' is a plus, never a space (RFC 3986/6068)."""
    out = {}
    for part in query.split("&"):
        key, _, value = part.partition("=")
        assert key not in out, f"{key} twice"
        out[key] = unquote(value, errors="strict")
    return out


def lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def assert_clean(url: str) -> None:
    # Nothing a mail app or browser could read two ways: no raw space, plus, quote, hash.
    query = url.partition("?")[2]
    assert not set(query) & set(" +#\"'<>\n\r\t")
    assert url.isascii()


def mailto_parts(url: str) -> tuple[str, dict[str, str]]:
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and not parts.fragment
    return unquote(parts.path, errors="strict"), params(parts.query)


@given(
    to=st.emails(),
    subject=st.text(),
    body=st.text(),
)
def test_mailto_round_trip(to: str, subject: str, body: str) -> None:
    url = mailto_url(to, subject, body)
    assert_clean(url)
    address, query = mailto_parts(url)
    assert address == to
    assert set(query) == {"subject", "body"}
    assert query["subject"] == subject
    # RFC 6068: line breaks travel as CRLF, whatever the letter had.
    assert query["body"] == lf(body).replace("\n", "\r\n")
    assert lf(query["body"]) == lf(body)


def test_mailto_encodes_every_reserved_character() -> None:
    url = mailto_url("first@example.org", "A & B? #1 + 100%", TRICKY)
    assert url.startswith("mailto:first@example.org?subject=A%20%26%20B%3F%20%231%20%2B%20100%25&")
    assert "%0D%0A2nd%20line%0D%0Athird%0D%0Aend%20%20" in url
    assert "%D2%9A" in url  # Қ as UTF-8
    address, query = mailto_parts(url)
    assert (address, query["subject"], lf(query["body"])) == (
        "first@example.org",
        "A & B? #1 + 100%",
        lf(TRICKY),
    )


@pytest.mark.parametrize("service", sorted(WEBMAIL))
@given(to=st.emails(), subject=ONE_LINE, body=st.text())
def test_webmail_round_trip(service: str, to: str, subject: str, body: str) -> None:
    webmail = WEBMAIL[service]
    url = webmail.url(to, subject, body)
    assert_clean(url)
    parts = urlsplit(url)
    assert parts.scheme == "https" and not parts.fragment
    query = params(parts.query)
    assert query[webmail.to] == to
    assert query[webmail.subject] == subject
    assert query[webmail.body] == lf(body)  # a web form takes line feeds


def test_webmail_compose_pages() -> None:
    gmail = urlsplit(WEBMAIL["gmail"].url("a@example.org", "S", "B"))
    assert (gmail.netloc, gmail.path) == ("mail.google.com", "/mail/")
    assert params(gmail.query) == {
        "view": "cm",
        "fs": "1",
        "to": "a@example.org",
        "su": "S",
        "body": "B",
    }
    outlook = urlsplit(WEBMAIL["outlook"].url("a@example.org", "S", "B"))
    assert (outlook.netloc, outlook.path) == ("outlook.live.com", "/mail/0/deeplink/compose")
    assert params(outlook.query) == {"to": "a@example.org", "subject": "S", "body": "B"}
    yahoo = urlsplit(WEBMAIL["yahoo"].url("a@example.org", "S", None))
    assert (yahoo.netloc, yahoo.path) == ("compose.mail.yahoo.com", "/")
    assert params(yahoo.query) == {"to": "a@example.org", "subject": "S"}


RECIPIENT = Recipient("First Office", "first@example.org")


@pytest.mark.parametrize("service", ["mailto", *sorted(WEBMAIL)])
def test_short_letter_goes_whole_in_the_link(service: str) -> None:
    link = link_for(RECIPIENT, Letter("Free them", "Dear First,\n\nPlease act.\n"), service)
    assert not link.body_on_clipboard and link.clipboard is None
    assert "Please%20act." in link.url and len(link.url) <= SAFE_URL_LENGTH


@pytest.mark.parametrize("service", ["mailto", *sorted(WEBMAIL)])
def test_long_letter_goes_to_the_clipboard(service: str) -> None:
    # Cyrillic takes six characters per letter once encoded: 400 letters are too many.
    body = "Уважаемые господа,\n\n" + "Ж" * 400
    link = link_for(RECIPIENT, Letter("Тема & more", body), service)
    assert link.body_on_clipboard and link.clipboard == body
    assert "body=" not in link.url and len(link.url) <= SAFE_URL_LENGTH
    assert "first@example.org" in link.url and "%D0%A2" in link.url  # recipient, subject


def test_the_limit_is_inclusive() -> None:
    letter = Letter("S", "x")
    exact = len(mailto_url(RECIPIENT.email, "S", "x"))
    assert not link_for(RECIPIENT, letter, limit=exact).body_on_clipboard
    assert link_for(RECIPIENT, letter, limit=exact - 1).body_on_clipboard


def test_clipboard_text_groups_identical_letters() -> None:
    second = Recipient("Second Office", "second@example.net")
    third = Recipient("Third", "third@example.org")
    same = Letter("Free them", "Dear Sir or Madam,\r\n\r\nPlease act.\n\n")
    text = clipboard_text(
        [
            (RECIPIENT, Letter("Free them", "Dear First,\n\nPlease act.")),
            (second, same),
            (third, same),
        ]
    )
    first_block, rest = text.split("\n" + "-" * 40 + "\n\n")
    assert first_block == (
        "To: First Office <first@example.org>\nSubject: Free them\n\nDear First,\n\nPlease act.\n"
    )
    assert rest == (
        "To: Second Office <second@example.net>, Third <third@example.org>\n"
        "Subject: Free them\n\nDear Sir or Madam,\n\nPlease act.\n"
    )
    translated = clipboard_text([(RECIPIENT, same)], "Кому", "Тема")
    assert translated.startswith("Кому: First Office <first@example.org>\nТема: Free them\n\n")
