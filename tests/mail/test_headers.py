# SPDX-License-Identifier: GPL-3.0-or-later
"""Nothing a campaign or a typed value holds changes what is sent: every message is parsed
back strictly, header by header, and each value must read exactly as it was given."""

from __future__ import annotations

import base64
import io
import quopri
import re
from email.generator import BytesGenerator
from email.header import decode_header, make_header

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.account.accounts import Account
from composer.campaigns.campaign import load_campaign
from composer.data.drafts import Draft
from composer.mail.message import POLICY, build_message, message_bytes
from composer.mail.sending import plan
from composer.mail.smtp import send_all
from composer.problems import InputError
from composer.templates.letter import Letter

from ..conftest import MINIMAL_TOML
from ..mailserver import PASSWORD, USER

EXPECTED = [
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    "Content-Type",
    "Content-Transfer-Encoding",
    "MIME-Version",
]
_ENCODED_WORD = re.compile(r"=\?utf-8\?b\?([A-Za-z0-9+/=]*)\?=")


class Parsed:
    """A message read the way a strict reader does: the header block line by line."""

    def __init__(self, raw: bytes) -> None:
        head, sep, body = raw.partition(b"\r\n\r\n")
        assert sep, "no blank line between headers and body"
        lines = head.split(b"\r\n")
        for line in lines:
            # No bare CR or LF, nothing beyond ASCII, no line a reader would cut.
            assert b"\r" not in line and b"\n" not in line, line
            assert line.isascii() and len(line) <= 78, line
        self.headers: list[tuple[str, str]] = []
        for line in lines:
            text = line.decode("ascii")
            if text[:1] in (" ", "\t"):
                assert self.headers, "a continuation line before any header"
                name, value = self.headers[-1]
                self.headers[-1] = (name, value + text)  # unfolding: only the CRLF goes
                continue
            name, colon, value = text.partition(":")
            assert colon and re.fullmatch(r"[!-9;-~]+", name), text
            self.headers.append((name, value[1:] if value.startswith(" ") else value))
        self.body = body

    def names(self) -> list[str]:
        return [name for name, _ in self.headers]

    def value(self, name: str) -> str:
        found = [v for n, v in self.headers if n.lower() == name.lower()]
        assert len(found) == 1, (name, found)
        return found[0]

    def text(self) -> str:
        """The body as a reader shows it (quoted-printable decoded, line ends LF)."""
        assert self.value("Content-Transfer-Encoding") == "quoted-printable"
        return quopri.decodestring(self.body).decode("utf-8").replace("\r\n", "\n")


def unstructured(value: str) -> str:
    """An unstructured header as RFC 2047 readers show it."""
    if "=?" not in value:
        return value
    return str(make_header(decode_header(value)))


def phrase_and_address(value: str) -> tuple[str, str]:
    """(display name, address) of a header holding one mailbox, read strictly: the address
    is the last angle-bracketed part and the phrase before it is one run of atoms, one
    quoted string, or encoded words - nothing a reader could take for another mailbox."""
    phrase, bracket, rest = value.rpartition("<")
    assert bracket and rest.endswith(">") and ">" not in rest[:-1], value
    address = rest[:-1]
    phrase = phrase.strip(" ")
    if not phrase:
        return "", address
    if phrase.startswith('"'):
        assert phrase.endswith('"') and len(phrase) > 1, phrase
        inner = phrase[1:-1]
        assert not re.search(r'(?<!\\)(\\\\)*"', inner), "a quote ends the string early"
        return re.sub(r"\\(.)", r"\1", inner), address
    words = phrase.split()
    if all(_ENCODED_WORD.fullmatch(w) for w in words):
        decoded = b"".join(base64.b64decode(_ENCODED_WORD.fullmatch(w)[1]) for w in words)  # type: ignore[index]
        return decoded.decode("utf-8"), address
    assert all(re.fullmatch(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+", w) for w in words), phrase
    assert "=?" not in phrase, "plain words that a reader would decode"
    return " ".join(words), address


def check(raw: bytes, subject: str, sender: tuple[str, str], to: tuple[str, str], body: str):
    parsed = Parsed(raw)
    assert sorted(parsed.names()) == sorted(EXPECTED)
    assert unstructured(parsed.value("Subject")) == subject
    assert phrase_and_address(parsed.value("From")) == sender
    assert phrase_and_address(parsed.value("To")) == to
    assert parsed.text() == body
    # Python's own reader agrees on who receives it, whatever the names hold.
    from email import message_from_bytes, policy

    back = message_from_bytes(raw, policy=policy.default)
    assert [a.addr_spec for a in back["To"].addresses] == [to[1]]
    assert [a.addr_spec for a in back["From"].addresses] == [sender[1]]
    return parsed


HOSTILE = st.lists(
    st.sampled_from(
        [
            *"abc XYZ,;:<>@\"\\().[]'=?_-",
            "é",
            "Ж",
            "қ",
            "ß",
            "\u200f",  # right-to-left mark
            "\u0301",  # a combining accent
            "=?UTF-8?Q?",
            "?=",
            "=?utf-8?b?QmNjOiBldmlsQGV4YW1wbGUuY29t?=",  # 'Bcc: evil@example.com'
            "Bcc: evil@example.com",
            "<spy@evil.example>",
            "Embassy <embassy@example.com>",
            "  ",
            "\U0001f600",
        ]
    ),
    max_size=40,
).map("".join) | st.text(max_size=60)
LINE_BREAKS = ("\r", "\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def has_line_break_or_control(value: str) -> bool:
    return any(ch in value for ch in LINE_BREAKS) or any(
        ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in value
    )


@settings(max_examples=600, deadline=None)
@given(subject=HOSTILE, sender=HOSTILE, recipient=HOSTILE, body=st.text(max_size=300))
def test_hostile_values_arrive_exactly_as_given(
    subject: str, sender: str, recipient: str, body: str
) -> None:
    try:
        msg = build_message(
            Letter(subject, body), sender, "ana@example.org", recipient, "office@example.net"
        )
    except InputError as exc:
        # Refused with a reason only for what a header can never hold.
        assert [p.code for p in exc.problems] == ["header-line-break"]
        assert any(has_line_break_or_control(v) for v in (subject, sender, recipient))
        return
    assert not any(has_line_break_or_control(v) for v in (subject, sender, recipient))
    expected_body = body.replace("\r\n", "\n").replace("\r", "\n")
    expected_body += "" if expected_body.endswith("\n") else "\n"
    check(
        message_bytes(msg),
        subject,
        (sender, "ana@example.org"),
        (recipient, "office@example.net"),
        expected_body,
    )


@pytest.mark.parametrize(
    "name",
    [
        "Embassy <embassy@example.com>",
        "Посольство <embassy@example.com>",
        "=?utf-8?q?Embassy_=3Cembassy=40example=2Ecom=3E?=",
        '"Embassy" <embassy@example.com>, "x"',
        "embassy@example.com",
    ],
)
def test_a_name_that_looks_like_an_address_stays_a_name(name: str) -> None:
    msg = build_message(Letter("s", "b\n"), "Ana", "ana@example.org", name, "office@example.net")
    raw = message_bytes(msg)
    parsed = check(raw, "s", ("Ana", "ana@example.org"), (name, "office@example.net"), "b\n")
    # Readers that decode encoded words even inside quoted strings see no address either.
    from email import message_from_bytes, policy

    to = message_from_bytes(raw, policy=policy.default)["To"]
    assert len(to.addresses) == 1 and to.addresses[0].addr_spec == "office@example.net"
    assert "embassy@example.com" not in parsed.value("To").rpartition("<")[2]


def test_encoded_words_typed_as_text_are_shown_as_text() -> None:
    typed = "=?UTF-8?Q?Free_them?="
    msg = build_message(Letter(typed, "b\n"), typed, "ana@example.org", "O", "o@example.net")
    parsed = check(
        message_bytes(msg), typed, (typed, "ana@example.org"), ("O", "o@example.net"), "b\n"
    )
    # Sent encoded, so a reader's one decoding gives back the typed characters.
    assert "Free_them" not in parsed.value("Subject")
    assert "Free_them" not in parsed.value("From")


def test_header_values_never_go_through_the_email_packages_folding() -> None:
    """CVE-2024-6923: an unpatched email package could be made to inject headers when it
    refolds. Every value we write is pre-encoded, so the header is the same bytes whatever
    the package's folder would do: it never parses them to refold."""
    long_subject = "Free them " * 30 + "=?x?="
    name = "Ana, " * 30
    msg = build_message(Letter(long_subject, "b\n"), name, "ana@example.org", "O", "o@example.net")
    refolded: list[str] = []
    factory = POLICY.header_factory

    def watching(name: str, value: str):  # the package parses a header to refold it
        refolded.append(name)
        return factory(name, value)

    out = io.BytesIO()
    BytesGenerator(out, policy=POLICY.clone(header_factory=watching)).flatten(msg)
    assert not {"Subject", "From", "To"} & set(refolded)
    assert out.getvalue() == message_bytes(msg)
    check(
        message_bytes(msg), long_subject, (name, "ana@example.org"), ("O", "o@example.net"), "b\n"
    )


def test_copy_header_for_the_organiser_is_one_mailbox_too() -> None:
    msg = build_message(
        Letter("s", "b\n"),
        "Ana",
        "ana@example.org",
        "O",
        "o@example.net",
        cc=('Org <boss@evil.example>, "x', "org@example.org"),
    )
    raw = message_bytes(msg)
    parsed = Parsed(raw)
    assert phrase_and_address(parsed.value("Cc")) == (
        'Org <boss@evil.example>, "x',
        "org@example.org",
    )


# -- through a campaign and a real SMTP server ------------------------------------------

TEMPLATE = """\
Subject: {{ name }} asks: free them ({{ town }})

Dear {{ recipient.name }},

{{ note }}

{{ name }}, {{ town }}
"""
FIELD = (
    st.lists(
        st.sampled_from(
            [*"ab Z,;:<>@\"'\\=?_", "é", "Ж", "=?utf-8?q?X?=", "Bcc: evil@example.com"]
        ),
        min_size=1,
        max_size=30,
    )
    .map("".join)
    .map(str.strip)
    .filter(bool)
)
NAME = (
    st.lists(
        st.sampled_from([*"ab Z,;:<>@\"'\\=?_", "é", "Ж", "=?utf-8?q?X?=", " <x@evil.example>"]),
        min_size=1,
        max_size=40,
    )
    .map("".join)
    .map(str.strip)
    .filter(bool)
)


def toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(office=NAME, sender=NAME, name=FIELD, town=FIELD, note=st.text(max_size=200))
def test_what_the_server_receives_is_what_was_shown(
    make_campaign, starttls_server, office: str, sender: str, name: str, town: str, note: str
) -> None:
    toml = MINIMAL_TOML.replace('name = "First Office"', f"name = {toml_string(office)}")
    root = make_campaign({"campaign.toml": toml, "letters/en.txt.j2": TEMPLATE})
    campaign = load_campaign(root)
    draft = Draft.new(campaign, "en")
    draft.values = {"name": name, "town": town, "note": note}
    draft.recipients = ["first@example.org"]
    account = Account(USER, sender, "127.0.0.1", starttls_server.port, "starttls", USER)
    account.cafile = starttls_server.cafile
    try:
        planned = plan(campaign, draft, account)
    except InputError as exc:
        # Only a value a header can never hold is refused, and nothing was sent.
        assert {p.code for p in exc.problems} <= {"header-line-break", "value-line-break"}
        assert has_line_break_or_control(name + town + sender)
        return
    shown = draft.letter_for(campaign, campaign.recipients[0])  # what the window shows
    before = len(starttls_server.received)
    results = send_all(account.server(timeout=5), PASSWORD, [p.outgoing for p in planned])
    assert [r.ok for r in results] == [True]
    got = starttls_server.received[before:]
    assert len(got) == 1 and got[0].rcpt_tos == ["first@example.org"]
    check(got[0].data, shown.subject, (sender, USER), (office, "first@example.org"), shown.body)
