# SPDX-License-Identifier: GPL-3.0-or-later
"""Kill the process (SIGKILL) at random moments while it saves drafts and while it sends:
every draft and letter must be intact afterwards, and no letter may arrive twice."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from composer.account.accounts import Account, AccountStore
from composer.campaigns.campaign import load_campaign
from composer.data.drafts import Draft
from composer.data.store import Store
from composer.mail.outbox import Outbox
from composer.mail.sending import plan

from .conftest import ROOT, toml_with_offices
from .mailserver import PASSWORD, USER

SAVER = """
import sys
from pathlib import Path
from composer.data.drafts import Draft, DraftStore
from composer.data.store import Store
drafts = DraftStore(Store(Path(sys.argv[1])))
i = int(sys.argv[2])
while True:
    i += 1
    drafts.save(Draft(
        campaign_id="c", letter_lang="en", recipients=["a@example.org"], subject=f"s{i}",
        values={"name": f"v{i}", "note": f"n{i} " * 400}, body=f"body {i}\\n" * 300,
        edited_for="a@example.org"))
    print(i, flush=True)  # acknowledged: from here on it must survive
"""


def test_killing_during_autosave_never_loses_an_acknowledged_draft(tmp_path: Path) -> None:
    db = tmp_path / "letters.db"
    rng = random.Random(4)
    start, kills = 0, 0
    for _ in range(25):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(db), str(start)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # at least one save done
        assert first.strip()
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        acknowledged = int(first)
        for line in child.stdout:  # what it had confirmed before it died
            if line.strip():
                acknowledged = int(line)
        child.wait()
        child.stdout.close()
        kills += 1
        con = sqlite3.connect(db)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        data = json.loads(
            con.execute("SELECT data FROM drafts WHERE campaign_id='c'").fetchone()[0]
        )
        con.close()
        version = int(data["values"]["name"][1:])
        # Whole and consistent (never half old, half new), and at least what was confirmed.
        assert data["subject"] == f"s{version}" and data["body"] == f"body {version}\n" * 300
        assert data["values"]["note"] == f"n{version} " * 400
        assert version >= acknowledged
        start = version
    assert kills == 25


def test_killing_during_sending_never_doubles_a_letter(make_campaign, starttls_server) -> None:
    campaign = load_campaign(make_campaign({"campaign.toml": toml_with_offices(30)}))
    account = Account(
        USER,
        "Ana",
        "127.0.0.1",
        starttls_server.port,
        "starttls",
        USER,
        starttls_server.cafile,
        ask_password=True,
    )
    AccountStore().save(account)
    draft = Draft.new(campaign)
    draft.values["name"] = "Ana"
    outbox = Outbox(Store())  # the same file the CLI uses (XDG_DATA_HOME of this test)
    queued = outbox.enqueue(campaign.id, plan(campaign, draft, account))
    assert len(queued) == 30
    starttls_server.handler.data_delay = 0.25  # a wide window to die in, mid-DATA

    rng = random.Random(7)
    kills = 0
    for round_ in range(40):
        # Left to do: queued, or claimed by a sender that was killed (recovered next run).
        if not outbox.items(("queued", "sending")):
            break
        # Alternate a slow DATA (dying mid-handover) with a fast one (dying between steps).
        starttls_server.handler.data_delay = 0.06 if round_ % 3 == 2 else 0.15
        child = subprocess.Popen(
            [sys.executable, "-m", "composer", "outbox", "send", "--password-stdin"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=ROOT,
            env=os.environ.copy(),
        )
        assert child.stdin is not None
        child.stdin.write(PASSWORD + "\n")
        child.stdin.close()
        time.sleep(rng.uniform(0.3, 0.7))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
        child.wait()
    final = subprocess.run(
        [sys.executable, "-m", "composer", "outbox", "send", "--password-stdin"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    items = {i.message_id: i for i in Outbox(Store()).items()}
    copies = starttls_server.copies()
    assert len(items) == 30  # nothing lost
    assert kills >= 6, "the test did not manage to interrupt the sending"
    assert max(copies.values()) == 1, f"a letter arrived twice: {copies}"
    for mid, item in items.items():
        assert item.state in ("sent", "unknown"), (item.state, final.stderr)
        if item.state == "sent":
            assert copies.get(mid) == 1
    print(
        f"crash test: {kills} kills, {sum(i.state == 'unknown' for i in items.values())} "
        f"unknown, {len(copies)} delivered once, none twice"
    )
