# SPDX-License-Identifier: GPL-3.0-or-later
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

from composer.account.accounts import Account, AccountStore
from composer.addresses import is_email, normalise_email
from composer.campaigns.campaign import Recipient, load_campaign
from composer.data.drafts import Draft
from composer.data.store import Store
from composer.delivery.links import link_for, mailto_url
from composer.mail.message import build_message, mbox_entry, message_bytes
from composer.mail.outbox import Outbox
from composer.mail.sending import plan
from composer.mail.smtp import Outgoing, ServerConfig, SmtpUtf8Unavailable, send_all
from composer.problems import MESSAGES, BundleError, InputError
from composer.templates.letter import Letter

from ..conftest import MINIMAL_TOML
from ..mailserver import PASSWORD, USER, MailServer

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


def config(server: MailServer) -> ServerConfig:
    return ServerConfig("127.0.0.1", server.port, server.mode, USER, server.cafile, 5)


def outgoing(to: str, sender: str = USER) -> Outgoing:
    msg = build_message(Letter("Free them", "Dear Office,\n"), "Ana", sender, "Office", to)
    return Outgoing(msg, normalise_email(sender) or sender, [normalise_email(to) or to], key=to)


def test_idn_domain_is_idna_2008_in_rcpt_to_and_header(starttls_server) -> None:
    [result] = send_all(config(starttls_server), PASSWORD, [outgoing("office@straße.de")])
    assert result.ok, result.error
    [got] = starttls_server.received
    assert got.rcpt_tos == [f"office@{STRASSE}"]
    assert got.message["To"].addresses[0].addr_spec == f"office@{STRASSE}"
    assert "SMTPUTF8" not in got.mail_options  # an ASCII letter is sent as before


def test_envelope_uses_the_idna_2008_form_even_if_given_unicode(starttls_server) -> None:
    # An account file edited by hand, or an older caller: the envelope is normalised too.
    item = outgoing("office@straße.de", sender="ana@straße.de")
    item.sender, item.recipients = "ana@straße.de", ["office@straße.de"]
    [result] = send_all(config(starttls_server), PASSWORD, [item])
    assert result.ok, result.error
    [got] = starttls_server.received
    assert (got.mail_from, got.rcpt_tos) == (f"ana@{STRASSE}", [f"office@{STRASSE}"])


def test_utf8_mailbox_goes_with_smtputf8_to_a_server_offering_it(tmp_path) -> None:
    with MailServer(tmp_path, "starttls", smtputf8=True) as server:
        items = [
            outgoing("josé@straße.de"),
            outgoing("plain@example.net"),  # after it, in the same session: plain ASCII
            outgoing("office@example.net", sender="анна@example.org"),
        ]
        results = send_all(config(server), PASSWORD, items)
        assert [r.ok for r in results] == [True, True, True], [r.error for r in results]
        first, second, third = server.received
    assert first.rcpt_tos == [f"josé@{STRASSE}"]
    assert "SMTPUTF8" in first.mail_options and "BODY=8BITMIME" in first.mail_options
    assert f"To: Office <josé@{STRASSE}>\r\n".encode() in first.data
    back = email.message_from_string(first.data.decode("utf-8"), policy=email.policy.default)
    assert back["To"].addresses[0].addr_spec == f"josé@{STRASSE}"
    assert second.mail_options == [] and second.data.isascii()
    assert third.mail_from == "анна@example.org" and "SMTPUTF8" in third.mail_options
    assert "From: Ana <анна@example.org>\r\n".encode() in third.data


def test_no_smtputf8_nothing_of_that_letter_is_sent(starttls_server) -> None:
    items = [
        outgoing("one@example.net"),
        outgoing("josé@straße.de"),
        outgoing("office@example.net", sender="анна@example.org"),
        outgoing("two@example.net"),
    ]
    results = send_all(config(starttls_server), PASSWORD, items)
    assert [r.ok for r in results] == [True, False, False, True]
    for result, who in ((results[1], f"josé@{STRASSE}"), (results[2], "анна@example.org")):
        error = result.error
        assert isinstance(error, SmtpUtf8Unavailable) and not error.temporary
        assert error.problems[0].code == "smtp-no-smtputf8"
        assert who in str(error) and "SMTPUTF8" in str(error)
    # Not even a MAIL FROM for them; the letters around them went on the same session.
    assert starttls_server.handler.mails == [USER, USER]
    assert [r.rcpt_tos for r in starttls_server.received] == [
        ["one@example.net"],
        ["two@example.net"],
    ]


def test_outbox_keeps_the_letter_failed_with_the_reason(make_campaign, tmp_path) -> None:
    toml = MINIMAL_TOML.replace('"first@example.org"', '"josé@straße.de"')
    campaign = load_campaign(make_campaign({"campaign.toml": toml}))
    draft = Draft.new(campaign)
    draft.values["name"] = "Ana"
    outbox = Outbox(Store(tmp_path / "letters.db"))
    (tmp_path / "a").mkdir()
    with MailServer(tmp_path / "a", "starttls") as old:  # offers no SMTPUTF8
        account = Account(USER, "Ana", "127.0.0.1", old.port, "starttls", USER, old.cafile)
        planned = plan(campaign, draft, account)
        assert [p.outgoing.recipients for p in planned] == [
            [f"josé@{STRASSE}"],
            ["second@example.net"],
        ]
        items = outbox.send_now(campaign.id, planned, account.server(timeout=5), PASSWORD)
        assert old.handler.mails == [USER]  # only the ASCII letter's
        assert [r.rcpt_tos for r in old.received] == [["second@example.net"]]
    utf8, plain = items
    assert (plain.state, utf8.state) == ("sent", "failed")
    assert not utf8.handed_over and utf8.attempts == 1 and utf8.next_attempt is not None
    assert utf8.last_error == MESSAGES["smtp-no-smtputf8"].format(who=f"josé@{STRASSE}")
    # Not lost: sent as it was written once a server that offers SMTPUTF8 is used.
    outbox.retry(utf8.id)
    (tmp_path / "b").mkdir()
    with MailServer(tmp_path / "b", "starttls", smtputf8=True) as new:
        account = Account(USER, "Ana", "127.0.0.1", new.port, "starttls", USER, new.cafile)
        [again] = outbox.process(account.server(timeout=5), PASSWORD, [utf8.id])
        [got] = new.received
    assert again.state == "sent"
    assert got.rcpt_tos == [f"josé@{STRASSE}"] and "SMTPUTF8" in got.mail_options
    assert str(got.message["Message-ID"]) == utf8.message_id


def test_cli_send_says_why_a_utf8_letter_was_not_sent(
    starttls_server, secret_service, make_campaign
) -> None:
    from .test_send_cli import cli, set_account

    toml = MINIMAL_TOML.replace('"first@example.org"', '"josé@straße.de"')
    campaign = make_campaign({"campaign.toml": toml})
    assert set_account(starttls_server).returncode == 0
    out = cli("send", "--campaign", str(campaign), "--set", "name=Ana", "--yes")
    assert out.returncode == 1
    assert "sent: Second Office <second@example.net>" in out.stdout
    reason = MESSAGES["smtp-no-smtputf8"].format(who=f"josé@{STRASSE}")
    assert f"failed: First Office <josé@{STRASSE}>: {reason}" in out.stderr
    assert starttls_server.handler.mails == [USER]
