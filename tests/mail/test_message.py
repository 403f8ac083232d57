# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages: what `render` prints is what would be sent; no injection, nothing about the host."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import socket
from email.header import decode_header, make_header
from email.utils import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from composer.campaigns.campaign import load_campaign
from composer.data.drafts import Draft, readdress
from composer.mail.message import build_message, mbox_entry, message_bytes
from composer.problems import InputError
from composer.templates.letter import Letter

from ..conftest import BUILTIN

LETTER = Letter(
    "Free them", "Dear Sir,\n\nFrom here we write «ok» — Қазақстан, ә ғ қ ң ө ұ ү һ і.\n"
)


def parse(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)  # type: ignore[return-value]


def content(msg: email.message.EmailMessage) -> str:
    """The decoded body with the wire's CRLF turned back into LF."""
    return msg.get_content().replace("\r\n", "\n")


def test_message_headers_and_body_round_trip() -> None:
    msg = build_message(
        LETTER,
        "Jöe Blö",
        "joe@example.org",
        "Office",
        "office@example.net",
        date=dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC),
    )
    raw = message_bytes(msg)
    assert b"\r\n" in raw and max(len(line) for line in raw.split(b"\r\n")) <= 78
    back = parse(raw)
    assert str(back["From"]) == "Jöe Blö <joe@example.org>"
    assert str(back["To"]) == "Office <office@example.net>"
    assert back["Subject"] == "Free them"
    assert back["Date"] == "Fri, 27 Nov 2026 12:00:00 +0000"
    assert back["Message-ID"].endswith("@example.org>")
    assert back.get_content_type() == "text/plain"
    assert back.get_content_charset() == "utf-8"
    assert content(back) == LETTER.body
    assert sorted(back.keys()) == sorted(
        [
            "From",
            "To",
            "Subject",
            "Date",
            "Message-ID",
            "Content-Type",
            "Content-Transfer-Encoding",
            "MIME-Version",
        ]
    )


def test_nothing_about_the_machine() -> None:
    msg = build_message(LETTER, "Ana", "ana@example.org", "Office", "office@example.net")
    raw = message_bytes(msg).decode("ascii").lower()
    for secret in {socket.gethostname(), socket.getfqdn()} - {"localhost"}:
        assert secret.lower() not in raw
    assert "x-mailer" not in raw and "user-agent" not in raw and "received" not in raw


def test_long_lines_are_safe_for_smtp() -> None:
    body = "word " * 1000 + "\n"
    raw = message_bytes(
        build_message(Letter("s", body), "A", "a@example.org", "B", "b@example.org")
    )
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78
    assert content(parse(raw)) == body


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("subject", "Hi\r\nBcc: victim@example.com"),
        ("sender_name", "Ana\nBcc: x@example.com"),
        ("recipient_name", "Office\rCc: y@example.com"),
        ("subject", "nul\x00byte"),
        ("subject", "record\x1eseparator"),
        ("sender_name", "Ana\u2028Bcc: x@example.com"),
        ("subject", "next\x85line"),
    ],
)
def test_line_breaks_in_headers_are_refused(field: str, value: str) -> None:
    args = {"subject": "s", "sender_name": "Ana", "recipient_name": "Office"}
    args[field] = value
    with pytest.raises(InputError) as exc:
        build_message(
            Letter(args["subject"], "b\n"),
            args["sender_name"],
            "ana@example.org",
            args["recipient_name"],
            "office@example.net",
        )
    assert exc.value.problems[0].code == "header-line-break"


@pytest.mark.parametrize(
    "addr",
    [
        "no-at-sign",
        "a@b",
        "x@example.org>, evil@example.com",
        "a b@example.org",
        "a@example.org\nBcc: e@example.com",
        "",
    ],
)
def test_bad_addresses_are_refused(addr: str) -> None:
    with pytest.raises(InputError):
        build_message(LETTER, "Ana", addr, "Office", "office@example.net")


def rfc2047_display(header_value: str) -> str:
    """The display name as RFC 2047 readers show it (Python's new parser keeps the folding
    space between adjacent encoded words; the legacy decoder does what the RFC says)."""
    display = " ".join(header_value.rsplit("<", 1)[0].split())
    if display.startswith('"'):
        return unquote(display)
    return str(make_header(decode_header(display)))


NAMES = st.text(
    alphabet=st.sampled_from(list("abc XYZ,;:<>@\"\\().[]'éЖқ\u2028\x00\n\r\t=?_")),
    max_size=200,
) | st.text(max_size=80)


@settings(max_examples=400, deadline=None)
@given(name=NAMES, recipient=NAMES, subject=st.text(max_size=80))
def test_no_typed_value_adds_a_header_or_recipient(name: str, recipient: str, subject: str) -> None:
    try:
        msg = build_message(
            Letter(subject, "body\n"), name, "ana@example.org", recipient, "office@example.net"
        )
    except InputError:
        return
    raw = message_bytes(msg)
    head = raw.split(b"\r\n\r\n")[0]
    assert max(len(line) for line in head.split(b"\r\n")) <= 78
    back = parse(raw)
    assert sorted(back.keys()) == sorted(
        [
            "From",
            "To",
            "Subject",
            "Date",
            "Message-ID",
            "Content-Type",
            "Content-Transfer-Encoding",
            "MIME-Version",
        ]
    )
    assert [a.addr_spec for a in back["To"].addresses] == ["office@example.net"]
    assert [a.addr_spec for a in back["From"].addresses] == ["ana@example.org"]
    raw_from = email.message_from_bytes(raw, policy=email.policy.compat32)["From"]
    raw_to = email.message_from_bytes(raw, policy=email.policy.compat32)["To"]
    # The same words (tests/test_headers.py reads them back strictly, spaces too).
    assert rfc2047_display(raw_from).split() == name.split()
    assert rfc2047_display(raw_to).split() == recipient.split()


def test_long_display_name_with_comma_stays_one_mailbox() -> None:
    # Python's own folding drops the quotes here and makes two recipients of one.
    name = "Embassy of the Republic of Kazakhstan in the Kingdom of Belgium, spy@evil.example"
    msg = build_message(
        LETTER, "Ana " * 15 + ", evil@evil.example", "ana@example.org", name, "office@example.net"
    )
    back = parse(message_bytes(msg))
    assert [a.addr_spec for a in back["To"].addresses] == ["office@example.net"]
    assert [a.addr_spec for a in back["From"].addresses] == ["ana@example.org"]
    assert back["To"].addresses[0].display_name == name


def test_international_domain_is_sent_in_ascii_form() -> None:
    msg = build_message(LETTER, "Ana", "ana@bücher.example", "Office", "office@example.net")
    back = parse(message_bytes(msg))
    assert back["From"].addresses[0].addr_spec == "ana@xn--bcher-kva.example"
    assert back["Message-ID"].endswith("@xn--bcher-kva.example>")


def test_mbox_entry_quotes_from_lines() -> None:
    msg = build_message(
        Letter("s", "From the start\nok\n"), "A", "a@example.org", "B", "b@example.org"
    )
    data = mbox_entry(msg, "a@example.org", dt.datetime(2026, 11, 27, 9, 5, 3, tzinfo=dt.UTC))
    assert data.startswith(b"From a@example.org Fri Nov 27 09:05:03 2026\n")
    assert b"\n>From the start" in data and data.endswith(b"\n\n")
    assert b"\r" not in data


def test_hand_edit_is_readdressed_for_each_recipient() -> None:
    c = load_campaign(BUILTIN)
    draft = Draft.new(c)
    draft.variant_seed = None  # the first wordings, which have the words edited below
    draft.values["name"] = "Ana"
    today = dt.date(2026, 11, 27)
    first = draft.letter_for(c, c.recipients[0], today)
    draft.body = first.body.replace("I am writing", "As a nurse, I am writing")
    draft.edited_for = c.recipients[0].email
    draft.values["name"] = "Changed later"
    mine = draft.letter_for(c, c.recipients[0], today)
    other = draft.letter_for(c, c.recipients[1], today)
    assert mine.body == draft.body  # hand edits are never overwritten by a field change
    assert "As a nurse, I am writing" in other.body
    assert "Your Excellency," not in other.body and "Dear Sir or Madam," in other.body
    draft.reset_to_template()
    assert "Changed later" in draft.letter_for(c, c.recipients[0], today).body


def test_readdress_leaves_text_without_the_greeting_alone() -> None:
    c = load_campaign(BUILTIN)
    r0, r1 = c.recipients
    assert readdress("Hello all,", "Your Excellency,", "Dear Sir or Madam,", r0, r1) == "Hello all,"


def test_readdress_uses_the_templates_fallback_greeting(make_campaign) -> None:
    # Only the first recipient has a salutation; the second gets the template's fallback.
    c = load_campaign(make_campaign())
    draft = Draft.new(c)
    draft.values["name"] = "Ana"
    today = dt.date(2026, 11, 27)
    first = draft.letter_for(c, c.recipients[0], today)
    assert "Dear First," in first.body
    draft.body, draft.edited_for = first.body + "PS\n", c.recipients[0].email
    second = draft.letter_for(c, c.recipients[1], today)
    assert "Dear Second Office," in second.body and "Dear First," not in second.body
    assert second.body.endswith("PS\n")
    # And back: written for the second, shown for the first.
    draft.body, draft.edited_for = second.body, c.recipients[1].email
    assert "Dear First,\n" in draft.letter_for(c, c.recipients[0], today).body
