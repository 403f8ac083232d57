# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's own data on disk: drafts, outbox and Sent list in one SQLite file.

WAL journal with synchronous=FULL: every committed change survives a crash or a power
cut, and a process killed at any moment leaves the last committed state, never a torn one.

secure_delete: what is deleted or overwritten is zeroed in the file, not left in its free
space. The WAL file still holds the earlier versions of the pages it changed: after
personal text is forgotten, `scrub` copies the WAL into the database and empties it.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from composer.paths import data_dir, private_file

SCHEMA_VERSION = 2  # 2: written with secure_delete (older files are vacuumed once)
BUSY_TIMEOUT_S = 30  # how long a statement waits for another connection's lock
SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    campaign_id TEXT PRIMARY KEY,
    data        TEXT NOT NULL,           -- the Draft as JSON
    updated     TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS letters (
    id            TEXT PRIMARY KEY,      -- short random id, shown to the user
    campaign_id   TEXT NOT NULL,
    recipient     TEXT NOT NULL,         -- the recipient's name
    email         TEXT NOT NULL,         -- the recipient's address
    subject       TEXT NOT NULL,
    message_id    TEXT NOT NULL,         -- kept through every retry
    sender        TEXT NOT NULL,         -- envelope sender
    rcpts         TEXT NOT NULL,         -- JSON list: recipient first, then any copy
    message       BLOB NOT NULL,         -- the message exactly as it goes on the wire
    state         TEXT NOT NULL,         -- queued, sending, sent, failed, unknown, held, account
    handed_over   INTEGER NOT NULL DEFAULT 0,  -- DATA was begun: never resend blindly
    owner         INTEGER NOT NULL DEFAULT 0,  -- pid of the process sending it now
    claimed       REAL,                  -- when that process claimed it
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT NOT NULL DEFAULT '',
    problems      TEXT NOT NULL DEFAULT '',  -- last_error as JSON problems (code, args):
                                             -- the window says it in the user's language
    next_attempt  REAL,                  -- epoch seconds; NULL: wait for the user
    route         TEXT NOT NULL DEFAULT 'smtp',
    boot          TEXT NOT NULL DEFAULT '',  -- the boot that claimed it (composer.mail.boot)
    token         TEXT NOT NULL DEFAULT '',  -- the sending batch that claimed it
    created       TEXT NOT NULL,
    updated       TEXT NOT NULL,
    sent_at       TEXT
);
CREATE INDEX IF NOT EXISTS letters_state ON letters(state);
CREATE TABLE IF NOT EXISTS counters (  -- a write that always changes something
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS letters_campaign ON letters(campaign_id);
CREATE TABLE IF NOT EXISTS settings (  -- choices about what is kept (keep_sent: 1 or 0)
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class Store:
    """One connection per thread to the same file; each write is its own transaction."""

    def __init__(self, path: Path | None = None) -> None:
        # Made 0600 before SQLite opens it: its -wal and -shm files get the same mode.
        self.path = private_file(path or data_dir() / "letters.db")
        for suffix in ("-wal", "-shm", "-journal"):  # left 0644 by an earlier version
            sidecar = self.path.with_name(self.path.name + suffix)
            if sidecar.exists():
                private_file(sidecar)
        self._local = threading.local()
        self._db().executescript(SCHEMA)
        self._migrate()
        # Written only when it changes: setting it, even to the same value, is a synced
        # write (~1 ms) at every start.
        version = self._db().execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            if version < 2:
                # Rows deleted before secure_delete (a forgotten Sent list) may still be in
                # the file's free space: VACUUM writes it anew with the live rows only.
                self._db().execute("VACUUM")
            self._db().execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.scrub()

    def _migrate(self) -> None:
        """Columns added since the first release of the file."""
        have = {row["name"] for row in self._db().execute("PRAGMA table_info(letters)")}
        for column, kind in (
            ("owner", "INTEGER NOT NULL DEFAULT 0"),
            ("claimed", "REAL"),
            ("route", "TEXT NOT NULL DEFAULT 'smtp'"),  # letters sent before other routes
            ("boot", "TEXT NOT NULL DEFAULT ''"),
            ("token", "TEXT NOT NULL DEFAULT ''"),
            ("problems", "TEXT NOT NULL DEFAULT ''"),
        ):
            if column not in have:
                self._db().execute(f"ALTER TABLE letters ADD COLUMN {column} {kind}")

    def _db(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            # Autocommit mode: transactions are opened explicitly by write().
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA secure_delete = ON")  # per connection: see the module's doc
            self._local.db = db
        return db

    @contextlib.contextmanager
    def relaxed(self) -> Iterator[None]:
        """Commits that do not wait for the disk (kept if the app is killed, maybe not if
        the machine stops); back to waiting after, so the next commit syncs them all."""
        db = self._db()
        db.execute("PRAGMA synchronous = NORMAL")
        try:
            yield
        finally:
            db.execute("PRAGMA synchronous = FULL")

    def scrub(self) -> bool:
        """After deleting personal text: copy the WAL into the database (where
        secure_delete zeroed it) and truncate the WAL, which still held its earlier
        versions. False when another connection kept it busy: then the next scrub, or the
        last connection's close, does it. Waits 2 s at most (the window calls it)."""
        db = self._db()
        db.execute("PRAGMA busy_timeout = 2000")
        try:
            busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        return not busy

    def setting(self, name: str, default: str) -> str:
        rows = self.read("SELECT value FROM settings WHERE name = ?", (name,))
        return str(rows[0]["value"]) if rows else default

    def set_setting(self, name: str, value: str) -> None:
        with self.write() as db:
            db.execute(
                "INSERT INTO settings (name, value) VALUES (?, ?) "
                "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                (name, value),
            )

    def close(self) -> None:
        """Close this thread's connection (before the file is deleted: forget everything)."""
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    def write(self) -> _Transaction:
        """`with store.write() as db:` runs the block in BEGIN IMMEDIATE ... COMMIT."""
        return _Transaction(self._db())

    def read(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        return list(self._db().execute(sql, params))


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
