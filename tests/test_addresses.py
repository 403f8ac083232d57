"""International addresses: IDNA 2008 domains, UTF-8 mailboxes only over SMTPUTF8.

straße.de is not strasse.de: the standard library's IDNA 2003 codec would send a letter for
one to the other (another domain, another owner). A UTF-8 local part goes only to a server
that offers SMTPUTF8; to any other, nothing of that letter is sent and it stays in the
outbox with the reason.
"""

from __future__ import annotations

import email
import email.policy
import unicodedata

import pytest

from composer.accounts import Account, AccountStore
from composer.addresses import is_email, normalise_email
from composer.campaign import Recipient, load_campaign
from composer.delivery import link_for, mailto_url
from composer.letter import Letter
from composer.message import build_message, mbox_entry, message_bytes
from composer.problems import BundleError, InputError

from .conftest import MINIMAL_TOML

STRASSE = "xn--strae-oqa.de"  # straße.de in IDNA 2008; IDNA 2003 made it strasse.de


def test_the_standard_codec_is_the_threat() -> None:
    # What the old code did: a letter for straße.de went to strasse.de.
    assert "straße.de".encode("idna") == b"strasse.de"
    assert normalise_email("office@straße.de") == f"office@{STRASSE}"
    assert normalise_email("office@STRASSE.de") == "office@strasse.de"  # that other domain


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("office@straße.de", f"office@{STRASSE}"),
        ("Office@Straße.DE", f"Office@{STRASSE}"),  # the local part keeps its case
        ("office@XN--STRAE-OQA.DE", f"office@{STRASSE}"),
        ("first@bücher.example", "first@xn--bcher-kva.example"),
        ("josé@example.org", "josé@example.org"),
        ("jose\u0301@example.org", "josé@example.org"),  # NFC: one é, as RFC 6532 wants
        ("дмитрий.иванов@пример.рф", "дмитрий.иванов@xn--e1afmkfd.xn--p1ai"),
        ("用户@例子.广告", "用户@xn--fsqu00a.xn--4rr70v"),
        ("ab--c@ab--c.example", "ab--c@ab--c.example"),  # plain ASCII as before
        ("é" * 32 + "@example.org", "é" * 32 + "@example.org"),  # 64 octets
    ],
)
def test_addresses_are_normalised(typed: str, sent: str) -> None:
    assert normalise_email(typed) == sent
    assert unicodedata.is_normalized("NFC", sent)
    assert normalise_email(sent) == sent  # stable: normalising twice changes nothing


@pytest.mark.parametrize(
    "addr",
    [
        "é" * 33 + "@example.org",  # 66 octets in UTF-8: longer than RFC 5321 allows
        "a\u200bb@example.org",  # zero-width space: an invisible difference
        "a\u202eb@example.org",  # right-to-left override: shows another address
        "a\u2066b@example.org",  # bidi isolate
        "a\u00adb@example.org",  # soft hyphen
        "a\u3164b@example.org",  # Hangul filler: a letter that draws nothing
        "a\uff20b@example.org",  # full-width @
        "a\uff1cb@example.org",  # full-width <
        "a\u2024b@example.org",  # one dot leader, which looks like a dot
        "a\u00a0b@example.org",  # no-break space
        "a\u2028b@example.org",  # line separator
        "a\x85b@example.org",  # next line (C1)
        "\u0301a@example.org",  # a mark with nothing before it
        "a.\u0301b@example.org",  # a mark drawn over the dot
        '"a b"@example.org',
        "a<b@example.org",
        "é@xn--zz.example",  # not a valid A-label: it could stand for anything
        "x@xn--strasse-.de",
        "x@ex_ample.org",
        "x@١٢٣.com",  # IDNA 2008's bidi rule
        "x@bücher.example.",
        "x@" + "ü" * 250 + ".de",
        "x" * 64 + "@" + ("a" * 60 + ".") * 3 + "a" * 10 + ".org",  # 255 octets in all
    ],
)
def test_confusing_or_unsafe_addresses_are_refused(addr: str) -> None:
    assert normalise_email(addr) is None
    assert not is_email(addr)
    with pytest.raises(InputError):
        build_message(Letter("s", "b\n"), "Ana", "ana@example.org", "Office", addr)


def test_campaign_recipients_and_account_go_through_the_same_rules(make_campaign, tmp_path) -> None:
    toml = (
        MINIMAL_TOML.replace('"first@example.org"', '"office@straße.de"')
        .replace('"second@example.net"', '"josé@пример.рф"')
        .replace("[title]", '[organiser]\nname = "Org"\nemail = "org@straße.de"\n[title]')
    )
    c = load_campaign(make_campaign({"campaign.toml": toml}))
    assert [r.email for r in c.recipients] == [f"office@{STRASSE}", "josé@xn--e1afmkfd.xn--p1ai"]
    assert c.organiser is not None and c.organiser.email == f"org@{STRASSE}"
    bad = MINIMAL_TOML.replace('"first@example.org"', '"jos\\u202ee@example.org"')
    with pytest.raises(BundleError, match="is not an e-mail address"):
        load_campaign(make_campaign({"campaign.toml": bad}))
    store = AccountStore(tmp_path / "account.json")
    store.save(Account("ana@straße.de", "Ana", "127.0.0.1", 587, "starttls", "ana"))
    saved = store.load()
    assert saved is not None and saved.email == f"ana@{STRASSE}"


def test_headers_carry_the_idna_2008_domain_and_stay_7bit() -> None:
    msg = build_message(Letter("Free them", "b\n"), "Ana", "ana@straße.de", "Office", "o@straße.de")
    raw = message_bytes(msg)
    assert raw.isascii()  # an ASCII mailbox: nothing in the message needs SMTPUTF8
    back = email.message_from_bytes(raw, policy=email.policy.default)
    assert back["To"].addresses[0].addr_spec == f"o@{STRASSE}"
    assert back["From"].addresses[0].addr_spec == f"ana@{STRASSE}"
    assert back["Message-ID"].endswith(f"@{STRASSE}>")
    assert b"strasse" not in raw


def test_a_utf8_mailbox_is_written_as_raw_utf8_headers() -> None:
    msg = build_message(
        Letter("Свобода", "Тело\n"), "Ана Лима", "ana@example.org", "Бюро", "josé@straße.de"
    )
    raw = message_bytes(msg)
    head, _, body = raw.partition(b"\r\n\r\n")
    assert f"<josé@{STRASSE}>".encode() in head  # RFC 6532: UTF-8, no encoded word
    assert body.isascii()  # the body is still quoted-printable
    back = email.message_from_string(raw.decode("utf-8"), policy=email.policy.default)
    assert [a.addr_spec for a in back["To"].addresses] == [f"josé@{STRASSE}"]
    assert back["To"].addresses[0].display_name == "Бюро"
    assert str(back["Subject"]) == "Свобода"
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
    # render's mbox output holds the same letter
    entry = mbox_entry(msg, "josé@example.org")
    assert entry.startswith("From josé@example.org ".encode())
    assert f"<josé@{STRASSE}>".encode() in entry


def test_mailto_links_for_international_addresses() -> None:
    # RFC 6068: the address percent-encoded as UTF-8; the domain in its xn-- form.
    assert mailto_url(f"josé@{STRASSE}", "s", None) == f"mailto:jos%C3%A9@{STRASSE}?subject=s"
    assert mailto_url(f"office@{STRASSE}", "s", None) == f"mailto:office@{STRASSE}?subject=s"
    r = Recipient("Бюро", f"josé@{STRASSE}", {})
    link = link_for(r, Letter("Free them", "Dear all,\n"))
    assert link.url.startswith(f"mailto:jos%C3%A9@{STRASSE}?subject=Free%20them&body=")
