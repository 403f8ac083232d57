# SPDX-License-Identifier: GPL-3.0-or-later
"""The outbox: every letter is written to disk before any network step, and each state
change is written before the next one, so a crash loses nothing and sends nothing twice.

States: queued (waiting; retried with backoff), sending (in progress), sent, failed (a
permanent refusal, with the server's words, or a server that cannot take the letter's
UTF-8 address), unknown (the connection broke after the
message was handed over: it may have arrived, so it is only resent if the user says so),
account (the mail account needs attention: a wrong password, a certificate that cannot
be trusted, a server without the sign-in it needs; never handed over, waits until the
account is changed or the user says Send now), held (its campaign was closed).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from composer.data.store import Store
from composer.mail.boot import boot_id, same_boot
from composer.mail.smtp import (
    AuthenticationFailed,
    AuthUnavailable,
    CertificateError,
    DeliveryUnknown,
    OAuthRefused,
    OAuthRequired,
    Outgoing,
    Refused,
    Secret,
    SendError,
    ServerConfig,
    Session,
    SignInFailed,
    SmtpUtf8Unavailable,
    StartTlsUnavailable,
    TlsError,
)
from composer.problems import Problem

if TYPE_CHECKING:
    from composer.campaigns.campaign import Recipient

STATES = ("queued", "sending", "sent", "failed", "unknown", "held", "account")
# In the outbox, not being sent right now. "held": its campaign was closed; kept (the user
# may remove it), never sent unless the campaign opens again. "account": waits for the
# mail account to be fixed (see HOLD); never claimed until released.
WAITING = ("queued", "failed", "unknown", "held", "account")
# How a letter went: "smtp" is the app's own sending; the others are the user's word when
# they mark a letter sent after delivering it another way.
ROUTES = ("smtp", "mail-app", "webmail", "post", "fax", "other")
MANUAL_ROUTES = ROUTES[1:]
BACKOFF = (30, 120, 600, 1800, 3600)  # seconds after each failed attempt; then hourly
# Errors of the account or the connection's security, not of the letter: retrying on a
# timer would not help (and a wrong password tried again and again can lock an account).
HOLD = (
    AuthenticationFailed,
    AuthUnavailable,
    CertificateError,
    TlsError,
    StartTlsUnavailable,
    OAuthRequired,
    OAuthRefused,
    SignInFailed,  # all but "the provider cannot be reached", which the timer retries
)


@dataclass
class Planned:
    """One letter ready to go, with the recipient it is for (what `sending.plan` makes and
    the outbox keeps)."""

    recipient: Recipient
    outgoing: Outgoing


@dataclass(frozen=True)
class Item:
    id: str
    campaign_id: str
    recipient: str
    email: str
    subject: str
    message_id: str
    sender: str
    rcpts: list[str]
    state: str
    handed_over: bool
    attempts: int
    last_error: str
    next_attempt: float | None
    route: str
    created: str
    updated: str
    sent_at: str | None
    problems: str = ""  # last_error's problems as JSON (problems_of): said translated

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "campaign": self.campaign_id,
            "recipient": self.email,
            "recipient_name": self.recipient,
            "subject": self.subject,
            "state": self.state,
            "attempts": self.attempts,
            "last_error": self.last_error,
            "message_id": self.message_id,
            "next_attempt": self.next_attempt,
            "created": self.created,
            "sent_at": self.sent_at,
            "route": self.route,
        }


# What an Item shows: every column but the message itself and the sender's bookkeeping
# (lists of letters need not read every message).
ITEM_COLUMNS = ", ".join(
    (
        "id",
        "campaign_id",
        "recipient",
        "email",
        "subject",
        "message_id",
        "sender",
        "rcpts",
        "state",
        "handed_over",
        "attempts",
        "last_error",
        "next_attempt",
        "route",
        "created",
        "updated",
        "sent_at",
        "problems",
    )
)


# Longer than any send can take with our timeouts: past it, a claim is stale even if its
# pid has been reused by another program.
CLAIM_STALE_SECONDS = 15 * 60
CLAIM_REFRESH_SECONDS = 60  # a sender renews its claims this often while it sends


# The sending batches running in this process (their claim tokens): a letter claimed by
# this process under another token was left by a batch that stopped (a storage error).
_ACTIVE_BATCHES: set[str] = set()


def _sender_alive(pid: int, claimed: float | None, token: str = "") -> bool:
    """Is the batch that claimed a letter still running (and the claim still fresh)?"""
    if not pid or claimed is None or time.time() - claimed > CLAIM_STALE_SECONDS:
        return False
    if pid == os.getpid():
        return not token or token in _ACTIVE_BATCHES  # one of our own threads sends it
    if sys.platform == "win32":  # os.kill would terminate the process there
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to someone else
    except OSError:
        return False
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


# A sent letter when the user keeps no Sent list: only what stops the same letter going to
# the same address twice (campaign, address, when, route); the text, subject, names and
# the sender's address are blanked.
STRIP_SENT = (
    "UPDATE letters SET message = X'', subject = '', recipient = '', sender = '',"
    " rcpts = '[]', message_id = '', last_error = '', problems = '' WHERE state = 'sent' AND"
    " (length(message) > 0 OR subject != '' OR recipient != '' OR sender != ''"
    " OR problems != '')"
)


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _holds(error: SendError) -> bool:
    """An error of the account: the letters wait for the user, not for a timer."""
    return isinstance(error, HOLD) and not error.temporary


def _reason(error: SendError) -> str:
    return "; ".join(p.text for p in error.problems)


def _why(error: SendError) -> dict[str, str]:
    """The columns that say why a letter did not go: the sentence (English, for the command
    line and the log) and its problems, which the window says in the user's language."""
    return {"last_error": _reason(error), "problems": problems_json(error.problems)}


def problems_json(problems: list[Problem] | tuple[Problem, ...]) -> str:
    return json.dumps(
        [{"code": p.code, "file": p.file, "line": p.line, "args": p.args} for p in problems],
        default=str,
    )


def problems_of(item: Item) -> list[Problem]:
    """The problems behind an item's last_error, when they are known and still say it
    (a reason written another way, or by an older version, has none)."""
    if not item.problems:
        return []
    try:
        found = [
            Problem(d["code"], d.get("file", ""), d.get("line"), dict(d.get("args", {})))
            for d in json.loads(item.problems)
        ]
        if "; ".join(p.text for p in found) == item.last_error:
            return found
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        pass  # damaged: the sentence as written is shown
    return []


class Outbox:
    """Letters waiting, going, gone; backed by the Store."""

    def __init__(self, store: Store, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.clock = clock
        self._claims_refreshed = 0.0  # when this sender last renewed its claims

    # -- reading ---------------------------------------------------------------------------

    def items(self, states: tuple[str, ...] = STATES, campaign_id: str | None = None) -> list[Item]:
        marks = ",".join("?" * len(states))
        sql = f"SELECT {ITEM_COLUMNS} FROM letters WHERE state IN ({marks})"
        params: tuple[object, ...] = tuple(states)
        if campaign_id is not None:
            sql += " AND campaign_id = ?"
            params += (campaign_id,)
        return [self._item(r) for r in self.store.read(sql + " ORDER BY created, rowid", params)]

    def get(self, item_id: str) -> Item | None:
        rows = self.store.read(f"SELECT {ITEM_COLUMNS} FROM letters WHERE id = ?", (item_id,))
        return self._item(rows[0]) if rows else None

    def count(self, *states: str) -> int:
        marks = ",".join("?" * len(states))
        rows = self.store.read(
            f"SELECT COUNT(*) AS n FROM letters WHERE state IN ({marks})", states
        )
        return int(rows[0]["n"])

    @staticmethod
    def _item(row: object) -> Item:
        r = dict(row)  # type: ignore[call-overload]
        r.pop("message", None)
        r.pop("owner", None)
        r.pop("claimed", None)
        r.pop("boot", None)
        r.pop("token", None)
        r["rcpts"] = json.loads(r["rcpts"])
        r["handed_over"] = bool(r["handed_over"])
        return Item(**r)

    @property
    def keep_sent(self) -> bool:
        """Does the user keep a Sent list (the default)? Off: see STRIP_SENT."""
        return self.store.setting("keep_sent", "1") == "1"

    def set_keep_sent(self, keep: bool) -> int:
        """Keep a Sent list, or only what prevents sending twice (the letters already sent
        are stripped now). Returns how many letters were stripped."""
        self.store.set_setting("keep_sent", "1" if keep else "0")
        if keep:
            return 0
        with self.store.write() as db:
            n = db.execute(STRIP_SENT).rowcount
        if n:
            self.store.scrub()  # the letters' text is then in no file
        return n

    def _strip_unkept(self, db: Any) -> int:
        """In a writing transaction: sent letters stripped when no Sent list is kept."""
        if self.keep_sent:
            return 0
        return int(db.execute(STRIP_SENT).rowcount)

    # -- changing --------------------------------------------------------------------------

    def enqueue(self, campaign_id: str, planned: list[Planned]) -> list[Item]:
        """Write every letter to disk, queued, before anything goes on the network; a
        letter to a recipient who has one of this campaign still waiting is left out."""
        return self._by_ids([r["id"] for r in self._insert(campaign_id, planned)])

    def send_now(
        self,
        campaign_id: str,
        planned: list[Planned],
        config: ServerConfig,
        password: Secret,
        progress: Callable[[Item], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> list[Item]:
        """enqueue() and process() in one: the letters go on disk already claimed by this
        sender (one transaction, before any network step), then are sent."""
        token = secrets.token_hex(8)
        _ACTIVE_BATCHES.add(token)
        try:
            rows = self._insert(campaign_id, planned, claim=token)
            return self._run(rows, token, config, password, progress, cancelled)
        finally:
            _ACTIVE_BATCHES.discard(token)

    def _insert(
        self, campaign_id: str, planned: list[Planned], claim: str = ""
    ) -> list[dict[str, Any]]:
        """The letters written in one transaction (claimed by the batch `claim`, if one);
        returns the rows as written."""
        now, stamp = self.clock(), _now_iso()
        state, owner, claimed = (
            ("sending", os.getpid(), time.time()) if claim else ("queued", 0, None)
        )
        rows = []
        for p in planned:
            msg = p.outgoing.message
            assert msg is not None
            rows.append(
                {
                    "id": secrets.token_hex(4),
                    "campaign_id": campaign_id,
                    "recipient": p.recipient.name,
                    "email": p.recipient.email,
                    "subject": str(msg["Subject"]),
                    "message_id": str(msg["Message-ID"]),
                    "sender": p.outgoing.sender,
                    "rcpts": json.dumps(p.outgoing.recipients),
                    "message": p.outgoing.data(),
                    "state": state,
                    "handed_over": 0,
                    "attempts": 0,
                    "last_error": "",
                    "next_attempt": now,
                    "route": "smtp",
                    "created": stamp,
                    "updated": stamp,
                    "sent_at": None,
                    "owner": owner,
                    "claimed": claimed,
                    "boot": boot_id() if claim else "",
                    "token": claim,
                }
            )
        if rows:
            names = ", ".join(rows[0])
            marks = ", ".join("?" * len(rows[0]))
            waiting = ", ".join("?" * len(WAITING))
            with self.store.write() as db:
                # Checked in the writing transaction itself: two senders at once (the window
                # and the command line) never both queue a letter to the same recipient.
                busy = {
                    row[0]
                    for row in db.execute(
                        "SELECT lower(email) FROM letters WHERE campaign_id = ?"
                        f" AND state IN ({waiting}, 'sending')",
                        (campaign_id, *WAITING),
                    )
                }
                rows = [r for r in rows if str(r["email"]).lower() not in busy]
                db.executemany(
                    f"INSERT INTO letters ({names}) VALUES ({marks})",
                    [tuple(r.values()) for r in rows],
                )
        return rows

    def _set(self, item_id: str, **fields: object) -> None:
        fields["updated"] = _now_iso()
        names = ", ".join(f"{k} = ?" for k in fields)
        with self.store.write() as db:
            db.execute(f"UPDATE letters SET {names} WHERE id = ?", (*fields.values(), item_id))

    def recover(self) -> int:
        """After a crash: a letter left 'sending' by a process that is gone goes back to the
        queue when it was never handed over, and becomes 'unknown' when it may have been.
        Letters another live process is sending right now are left to it. Returns how many
        moved."""
        moved = 0
        for row in self.store.read(
            "SELECT id, owner, claimed, handed_over, boot, token FROM letters"
            " WHERE state = 'sending'"
        ):
            same = same_boot(row["boot"], boot_id())
            # A claim from another boot: its sender is gone, whatever now has its pid.
            alive = _sender_alive(row["owner"], row["claimed"], row["token"])
            if (same or not row["boot"]) and alive:
                continue
            # Marks written without waiting for the disk are trusted only in the boot that
            # wrote them (composer.mail.boot); claims without a boot had every mark synced.
            trusted = same or not row["boot"]
            with self.store.write() as db:
                if row["handed_over"] or not trusted:
                    why = (
                        "the app stopped while this letter was being handed over; it may "
                        "have been delivered"
                        if trusted
                        else "the computer stopped while this letter was being sent; it may "
                        "have been delivered"
                    )
                    n = db.execute(
                        "UPDATE letters SET state = 'unknown', last_error = ? "
                        "WHERE id = ? AND state = 'sending' AND owner = ?",
                        (why, row["id"], row["owner"]),
                    ).rowcount
                else:
                    n = db.execute(
                        "UPDATE letters SET state = 'queued', next_attempt = ? "
                        "WHERE id = ? AND state = 'sending' AND owner = ?",
                        (self.clock(), row["id"], row["owner"]),
                    ).rowcount
            moved += n
        return moved

    def retry(self, item_id: str) -> None:
        """The user's 'Send now' for a failed or unknown letter, or to hurry a queued one."""
        item = self.get(item_id)
        if item is not None and item.state in ("queued", "failed", "unknown", "account"):
            self._set(item_id, state="queued", handed_over=0, next_attempt=self.clock())

    def hold_all(self, reason: str = "", problems: str = "") -> int:
        """Every queued letter waits for the mail account to be fixed (state 'account',
        with the reason): after an account problem, the next try would fail the same way.
        Letters being sent, refused, of unknown delivery or held are left as they are."""
        with self.store.write() as db:
            return db.execute(
                "UPDATE letters SET state = 'account', next_attempt = NULL, last_error = ?,"
                " problems = ?, updated = ? WHERE state = 'queued'",
                (reason, problems, _now_iso()),
            ).rowcount

    def release_all(self) -> int:
        """Queued letters, and those waiting for the account, may be tried now (after the
        account was changed, Send now). How many were waiting for the account."""
        with self.store.write() as db:
            n = db.execute(
                "UPDATE letters SET state = 'queued', next_attempt = ?, updated = ?"
                " WHERE state = 'account'",
                (self.clock(), _now_iso()),
            ).rowcount
            db.execute(
                "UPDATE letters SET next_attempt = ? WHERE state = 'queued'", (self.clock(),)
            )
            return n

    def hold_campaign(self, campaign_id: str, reason: str) -> int:
        """The campaign was closed: its letters waiting to be sent are held with that
        reason (not deleted), so neither a retry nor Send now sends them. How many."""
        with self.store.write() as db:
            return db.execute(
                "UPDATE letters SET state = 'held', next_attempt = NULL, last_error = ?,"
                " updated = ? WHERE campaign_id = ?"
                " AND state IN ('queued', 'failed', 'unknown', 'account')",
                (reason, _now_iso(), campaign_id),
            ).rowcount

    def release_campaign(self, campaign_id: str) -> int:
        """The campaign is open again: its held letters wait for the user's Send now (a
        letter whose delivery was unknown when it was held is unknown again)."""
        with self.store.write() as db:
            return db.execute(
                "UPDATE letters SET state = CASE WHEN handed_over = 1 THEN 'unknown'"
                " ELSE 'queued' END, next_attempt = NULL, last_error = '', updated = ?"
                " WHERE campaign_id = ? AND state = 'held'",
                (_now_iso(), campaign_id),
            ).rowcount

    def remove(self, item_id: str) -> bool:
        """Take a letter out (not while it is being sent)."""
        with self.store.write() as db:
            n = db.execute(
                "DELETE FROM letters WHERE id = ? AND state != 'sending'", (item_id,)
            ).rowcount
        if n:
            self.store.scrub()  # the letter's text is then in no file
        return n > 0

    def forget_sent(self, campaign_id: str | None = None) -> int:
        with self.store.write() as db:
            if campaign_id is None:
                n = db.execute("DELETE FROM letters WHERE state = 'sent'").rowcount
            else:
                n = db.execute(
                    "DELETE FROM letters WHERE state = 'sent' AND campaign_id = ?", (campaign_id,)
                ).rowcount
        if n:
            self.store.scrub()  # the letters' text is then in no file
        return n

    def waiting_for(self, campaign_id: str, emails: list[str]) -> list[Item]:
        """Letters of this campaign to these addresses still waiting in the outbox (or
        claimed by a sender that has not begun to hand them over: it will skip them)."""
        wanted = {e.lower() for e in emails}
        return [
            i
            for i in self.items((*WAITING, "sending"), campaign_id)
            if i.email.lower() in wanted and not (i.state == "sending" and i.handed_over)
        ]

    def record_sent(
        self, campaign_id: str, recipient: str, email: str, subject: str, route: str
    ) -> Item:
        """A letter the user sent another way (mail app, webmail, post, fax): into the Sent
        list. A letter to the same recipient still waiting in the outbox for this campaign is
        taken out in the same transaction, so the app never sends it a second time."""
        if route not in MANUAL_ROUTES:
            raise ValueError(f"route must be one of {', '.join(MANUAL_ROUTES)}, not {route!r}")
        stamp, item_id = _now_iso(), secrets.token_hex(4)
        marks = ",".join("?" * len(WAITING))
        with self.store.write() as db:
            # A sender that claimed one and has not handed it over yet finds it gone, and
            # skips it (its handed-over mark checks the row is still its own).
            db.execute(
                f"DELETE FROM letters WHERE campaign_id = ? AND lower(email) = lower(?)"
                f" AND (state IN ({marks}) OR (state = 'sending' AND handed_over = 0))",
                (campaign_id, email, *WAITING),
            )
            db.execute(
                "INSERT INTO letters (id, campaign_id, recipient, email, subject, message_id,"
                " sender, rcpts, message, state, route, created, updated, sent_at)"
                " VALUES (?, ?, ?, ?, ?, '', '', '[]', X'', 'sent', ?, ?, ?, ?)",
                (item_id, campaign_id, recipient, email, subject, route, stamp, stamp, stamp),
            )
            stripped = self._strip_unkept(db)
        if stripped:
            self.store.scrub()
        item = self.get(item_id)
        assert item is not None
        return item

    # -- sending ---------------------------------------------------------------------------

    def due(self) -> list[Item]:
        now = self.clock()
        return [
            i
            for i in self.items(("queued",))
            if i.next_attempt is not None and i.next_attempt <= now
        ]

    def process(
        self,
        config: ServerConfig,
        password: Secret,
        ids: list[str] | None = None,
        progress: Callable[[Item], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> list[Item]:
        """Try the given queued letters (default: those due) over one session.

        As durable as one commit per state change, with fewer commits: all letters are
        claimed in one transaction, and a letter's "sent" rides in the transaction that marks
        the next one "handed over" just before its DATA (a crash in between leaves it
        "unknown", never queued: it is not sent twice)."""
        todo = [i.id for i in self.due()] if ids is None else list(ids)
        token = secrets.token_hex(8)
        _ACTIVE_BATCHES.add(token)
        try:
            claimed = self._claim(todo, token)
            by_id = {r["id"]: r for r in self._rows(claimed)} if claimed else {}
            rows = [by_id[i] for i in claimed if i in by_id]
            return self._run(rows, token, config, password, progress, cancelled)
        finally:
            _ACTIVE_BATCHES.discard(token)

    def _run(
        self,
        rows: list[Any],
        token: str,
        config: ServerConfig,
        password: Secret,
        progress: Callable[[Item], None] | None,
        cancelled: Callable[[], bool],
    ) -> list[Item]:
        """Send letters this sender has claimed (their rows, in order), over one session."""
        claimed = [r["id"] for r in rows]
        if not claimed:
            return []
        session = Session(config, password)
        try:
            session.open()
        except SendError as exc:
            # No letter was offered: whatever the server said, none is refused for good.
            for item_id in claimed:
                self._failed_attempt(
                    item_id, exc, counted=False, not_handed_over=True, permanent=False
                )
            if _holds(exc):  # the other queued letters would meet the same
                self.hold_all(_reason(exc), problems_json(exc.problems))
            return self._by_ids(claimed)
        sent: list[tuple[str, str]] = []  # (id, note): delivered, not yet written down
        left = list(claimed)
        # Per-letter marks need not wait for the disk when a crash can be told from a
        # machine stop (composer.mail.boot); the last write below waits, for them all.
        relaxed = self.store.relaxed() if boot_id() else contextlib.nullcontext()
        try:
            with relaxed:
                for row in rows:
                    if cancelled():
                        break
                    item_id = row["id"]
                    done, alive, sent = self._send_claimed(session, row, sent, token)
                    left.remove(item_id)
                    if done.state == "sent":
                        sent.append((item_id, done.last_error))
                    if progress is not None:
                        progress(done)
                    if not alive:
                        break  # the connection is gone: the rest wait for the next try
        finally:
            session.close()
            # Untried (or, after an error, the one being tried): back to the queue, or
            # unknown if its data may have gone; never left 'sending' by a live process.
            self._finish(sent, left, token)
        return self._by_ids(claimed)

    def _send_claimed(
        self, session: Session, row: Any, sent: list[tuple[str, str]], token: str
    ) -> tuple[Item, bool, list[tuple[str, str]]]:
        """Send one claimed letter. Returns it as it now stands, whether the connection is
        still usable, and the delivered letters still to write down."""
        item = self._item(row)
        outgoing = Outgoing(None, item.sender, item.rcpts, key=item.id, raw=bytes(row["message"]))
        marked = written = False

        def handing_over() -> bool:  # just before DATA, on disk before the first byte
            nonlocal marked, written
            marked = self._handing_over(item.id, sent, token)
            written = True
            return marked

        def now() -> Item:  # as it stands on disk (or as it was, if someone removed it)
            found = self._by_ids([item.id])
            return found[0] if found else item

        try:
            result = session.send(outgoing, before_data=handing_over)
        except DeliveryUnknown as exc:
            self._set(item.id, state="unknown", **_why(exc))
            return now(), False, []
        except SendError as exc:  # connection lost or timed out before the data
            self._write_sent([] if written else sent)
            self._failed_attempt(item.id, exc, counted=marked, not_handed_over=not marked)
            return now(), False, []
        left = [] if written else sent
        if result.ok:
            note = "; ".join(f"{a}: {c} {w}" for a, (c, w) in result.refused.items())
            done = replace(item, state="sent", last_error=note, attempts=item.attempts + 1)
            return done, True, left
        self._write_sent(left)
        if result.error is None:  # taken back before its data (marked sent another way)
            return now(), True, []
        self._failed_attempt(item.id, result.error, counted=marked, not_handed_over=True)
        # 421: the server is closing the connection; the next letter would only fail.
        return now(), result.error.smtp_code != 421, []

    def _claim(self, ids: list[str], token: str) -> list[str]:
        """Mark the queued ones among ids as ours, on disk, before any network step: only
        one process (the window's retries, the command line) may send a letter."""
        claimed = []
        with self.store.write() as db:
            for item_id in ids:
                if db.execute(
                    "UPDATE letters SET state = 'sending', handed_over = 0, owner = ?,"
                    " claimed = ?, updated = ?, boot = ?, token = ? WHERE id = ?"
                    " AND state = 'queued'",
                    (os.getpid(), time.time(), _now_iso(), boot_id(), token, item_id),
                ).rowcount:
                    claimed.append(item_id)
        return claimed

    def _finish(self, sent: list[tuple[str, str]], left: list[str], token: str) -> None:
        """The batch's last write, synced to disk (and with it every mark before it): the
        letters delivered but not yet recorded, and those left (see _abandon)."""
        with self.store.write() as db:
            self._record_sent(db, sent)
            stripped = self._strip_unkept(db)
            self._abandon(db, left, token)
            # Always a real change (SQLite writes nothing for an unchanged row), so this
            # commit goes to the disk and takes the relaxed ones with it.
            db.execute(
                "INSERT INTO counters (name, value) VALUES ('batches', 1) "
                "ON CONFLICT(name) DO UPDATE SET value = value + 1"
            )
        if stripped:
            self.store.scrub()  # the sent letters' text is then in no file

    @staticmethod
    def _record_sent(db: Any, sent: list[tuple[str, str]]) -> None:
        """Delivered letters (id, the server's note on refused copies), as sent."""
        stamp = _now_iso()
        for done_id, note in sent:
            db.execute(
                "UPDATE letters SET state = 'sent', sent_at = ?, last_error = ?, problems = '',"
                " updated = ? WHERE id = ?",
                (stamp, note, stamp, done_id),
            )

    @staticmethod
    def _abandon(db: Any, ids: list[str], token: str) -> None:
        """Claimed letters this sender leaves: never handed over, back to the queue
        untouched; handed over (an error mid-letter), unknown, for the user to decide."""
        for item_id in ids:
            db.execute(
                "UPDATE letters SET owner = 0, state = CASE WHEN handed_over = 1 "
                "THEN 'unknown' ELSE 'queued' END WHERE id = ? AND state = 'sending' "
                "AND token = ?",
                (item_id, token),
            )

    def _handing_over(self, item_id: str, sent: list[tuple[str, str]], token: str) -> bool:
        """One transaction: the letters delivered so far, fresh claims for the rest of the
        batch (a long batch must not look abandoned), and this letter marked handed over
        if it is still ours. False: it is not (removed, or taken by another sender)."""
        return self._write_sent(sent, handing_over=item_id, token=token)

    def _write_sent(
        self, sent: list[tuple[str, str]], handing_over: str = "", token: str = ""
    ) -> bool:
        if not sent and not handing_over:
            return False
        stamp = _now_iso()
        with self.store.write() as db:
            self._record_sent(db, sent)
            self._strip_unkept(db)
            if not handing_over:
                return False
            if time.time() - self._claims_refreshed > CLAIM_REFRESH_SECONDS:
                db.execute(
                    "UPDATE letters SET claimed = ? WHERE state = 'sending' AND token = ?",
                    (time.time(), token),
                )
                self._claims_refreshed = time.time()
            return bool(
                db.execute(
                    "UPDATE letters SET handed_over = 1, attempts = attempts + 1, updated = ? "
                    "WHERE id = ? AND state = 'sending' AND token = ? AND handed_over = 0",
                    (stamp, handing_over, token),
                ).rowcount
            )

    def _rows(self, ids: list[str], columns: str = "*") -> list[Any]:
        marks = ",".join("?" * len(ids))
        return self.store.read(f"SELECT {columns} FROM letters WHERE id IN ({marks})", tuple(ids))

    def _by_ids(self, ids: list[str]) -> list[Item]:
        if not ids:
            return []
        found = {r["id"]: self._item(r) for r in self._rows(ids, ITEM_COLUMNS)}
        return [found[i] for i in ids if i in found]

    def _failed_attempt(
        self,
        item_id: str,
        error: SendError,
        counted: bool = True,
        not_handed_over: bool = False,
        permanent: bool = True,
    ) -> None:
        """After an attempt that did not deliver: failed for good, held for the user, or
        queued again later. `counted`: the attempt was already counted (when the letter was
        about to be handed over); `not_handed_over`: DATA never began."""
        item = self.get(item_id)
        if item is None:
            return
        attempts = item.attempts + (0 if counted else 1)
        extra: dict[str, object] = {"handed_over": 0, "owner": 0} if not_handed_over else {}
        # A server without SMTPUTF8 cannot take this letter at any later try either.
        if isinstance(error, Refused | SmtpUtf8Unavailable) and not error.temporary and permanent:
            self._set(item_id, state="failed", **_why(error), attempts=attempts, **extra)
        elif _holds(error):  # waits for the account to be fixed, not for a timer
            self._set(
                item_id,
                state="account",
                **_why(error),
                attempts=attempts,
                next_attempt=None,
                **extra,
            )
        else:
            delay = BACKOFF[min(attempts - 1, len(BACKOFF) - 1)] if attempts else BACKOFF[0]
            self._set(
                item_id,
                state="queued",
                **_why(error),
                attempts=attempts,
                next_attempt=self.clock() + delay,
                **extra,
            )
