# SPDX-License-Identifier: GPL-3.0-or-later
"""Each letter once: what this user already sent or queued for a campaign, per recipient
(composer.mail.sending.earlier), as both the window and the command line ask it."""

from __future__ import annotations

import pytest

from composer.account.accounts import Account
from composer.campaigns.campaign import load_campaign
from composer.data.drafts import Draft
from composer.data.store import Store
from composer.mail.outbox import Outbox
from composer.mail.sending import earlier, plan

from ..mailserver import USER


@pytest.fixture
def setup(tmp_path, make_campaign):
    campaign = load_campaign(make_campaign())
    draft = Draft.new(campaign)
    draft.values["name"] = "Ana"
    account = Account(USER, "Ana", "127.0.0.1", 2525, "starttls", USER)
    return campaign, plan(campaign, draft, account), Outbox(Store(tmp_path / "letters.db"))


def test_nothing_before_means_every_recipient_is_fresh(setup) -> None:
    campaign, _planned, outbox = setup
    before = earlier(outbox, campaign.id, campaign.recipients)
    assert before.fresh == campaign.recipients and not before.sent and not before.waiting
    assert before.to_send() == campaign.recipients


def test_sent_by_any_route_and_waiting_in_any_state(setup) -> None:
    campaign, planned, outbox = setup
    first, second = campaign.recipients
    # Marked sent by post, under the address in another case: still "sent".
    outbox.record_sent(campaign.id, first.name, first.email.upper(), "Subject", "post")
    before = earlier(outbox, campaign.id, campaign.recipients)
    [(who, item)] = before.sent
    assert who == first and item.route == "post" and item.sent_at
    assert before.to_send() == [second] and before.to_send(again=True) == [first, second]
    # Another campaign's letters do not count.
    assert earlier(outbox, "other-campaign", campaign.recipients).fresh == campaign.recipients
    # A letter waiting for the first (queued again after it was sent): waiting wins, and
    # is never sent again, not even with again=True.
    [queued] = outbox.enqueue(campaign.id, planned[:1])
    for state, handed_over in [
        ("queued", 0),
        ("sending", 0),
        ("sending", 1),
        ("failed", 0),
        ("unknown", 1),
        ("held", 0),
    ]:
        outbox._set(queued.id, state=state, handed_over=handed_over)
        before = earlier(outbox, campaign.id, campaign.recipients)
        assert [(r, i.state) for r, i in before.waiting] == [(first, state)], state
        assert before.sent == [] and before.to_send(again=True) == [second]


def test_the_latest_sending_is_the_one_shown(setup) -> None:
    campaign, _planned, outbox = setup
    first = campaign.recipients[0]
    old = outbox.record_sent(campaign.id, first.name, first.email, "S", "fax")
    new = outbox.record_sent(campaign.id, first.name, first.email, "S", "mail-app")
    outbox._set(old.id, sent_at="2026-01-01T10:00:00+00:00")
    outbox._set(new.id, sent_at="2026-03-01T10:00:00+00:00")
    [(_who, item)] = earlier(outbox, campaign.id, [first]).sent
    assert item.id == new.id and item.route == "mail-app"


def test_the_outbox_itself_never_queues_a_waiting_letter_twice(setup, tmp_path) -> None:
    """Even two senders that both asked `earlier` before either queued (the window and the
    command line at the same moment): the queueing transaction leaves the second out."""
    campaign, planned, outbox = setup
    other = Outbox(Store(tmp_path / "letters.db"))  # another connection, as another process
    assert len(outbox.enqueue(campaign.id, planned)) == 2
    assert other.enqueue(campaign.id, planned) == []
    assert other.enqueue("another-campaign", planned[:1]) != []
    assert len(outbox.items(("queued",), campaign.id)) == 2
    # Once sent, a letter may be sent again (the user said --again / Yes).
    first = outbox.items(("queued",), campaign.id)[0]
    outbox._set(first.id, state="sent")
    assert [i.email for i in other.enqueue(campaign.id, planned)] == [first.email]
