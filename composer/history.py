"""The Sent list: which letter went to whom, when, by which route (JSON lines, appended)."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from .paths import data_dir


@dataclass(frozen=True)
class SentEntry:
    campaign: str
    recipient: str
    email: str
    time: str  # ISO 8601, UTC
    message_id: str = ""
    route: str = "smtp"  # later also: mail app, post, ...


class History:
    """Append-only log; a damaged line (a crash mid-write) is skipped, never fatal."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "sent.jsonl"

    def add(self, entry: SentEntry) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(asdict(entry), ensure_ascii=False) + "\n"
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())

    def entries(self, campaign: str | None = None) -> list[SentEntry]:
        try:
            lines = self.path.read_text("utf-8").splitlines()
        except FileNotFoundError:
            return []
        out = []
        for line in lines:
            try:
                entry = SentEntry(**json.loads(line))
            except (ValueError, TypeError):
                continue
            if campaign is None or entry.campaign == campaign:
                out.append(entry)
        return out


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
