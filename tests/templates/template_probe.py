# SPDX-License-Identifier: GPL-3.0-or-later
"""Measure what hostile letter templates cost: run as a process of its own.

    python -m tests.template_probe < case.json

Reads {"name": ..., "template": ..., "offices": N, "languages": N} from standard input,
writes a campaign with that letter, opens it (validation: compiling and trial renders)
and, when it opens, renders the letter once as the window would. It prints one JSON line:
CPU seconds (every thread of the process) and the peak memory above what the process held
before, in MiB, with what happened. One case per process: memory a case freed would
otherwise hide what the next one takes. Linux only: the peak comes from /proc/self/status
(VmHWM), reset before the case through /proc/self/clear_refs.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import resource
import sys
import tempfile
from pathlib import Path

from composer.campaigns.campaign import load_campaign
from composer.problems import ComposerError

from ..conftest import MINIMAL_FILES, toml_with_offices


def _status(field: str) -> int:
    text = Path("/proc/self/status").read_text()
    return int(re.search(rf"{field}:\s+(\d+) kB", text)[1])  # type: ignore[index]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(root: Path) -> dict[str, object]:
    Path("/proc/self/clear_refs").write_text("5")  # the peak starts again from here
    before_rss, cpu = _status("VmRSS"), _cpu()
    outcome = "rendered"
    try:
        campaign = load_campaign(root)
        recipient = campaign.recipients[0]
        values = {"name": "Ana", "town": "Porto", "note": "A few words."}
        campaign.render("en", values, recipient, dt.date(2026, 1, 1), 7)
    except ComposerError as exc:
        outcome = "refused: " + "; ".join(sorted({p.code for p in exc.problems}))
    except MemoryError:
        outcome = "MemoryError"
    return {
        "cpu": round(_cpu() - cpu, 3),
        "mib": round((_status("VmHWM") - before_rss) / 1024, 1),
        "outcome": outcome,
    }


def main() -> int:
    case = json.load(sys.stdin)
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm"  # imports and first compiles are not the template's cost
        _write(warm, "Subject: Hi {{ name }}\n\n{{ today }} {{ recipient.name }}\n", 2)
        measure(warm)
        root = Path(tmp) / "case"
        _write(root, case["template"], case.get("offices", 2), case.get("languages", 1))
        print(json.dumps({"name": case["name"], **measure(root)}), flush=True)
    return 0


def _write(root: Path, template: str, offices: int, languages: int = 1) -> None:
    files = {**MINIMAL_FILES, "campaign.toml": toml_with_offices(offices)}
    files["letters/en.txt.j2"] = template
    for n in range(1, languages):  # more letter languages with the same template
        files[f"letters/x{chr(97 + n // 26)}{chr(97 + n % 26)}.txt.j2"] = template
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, "utf-8")


if __name__ == "__main__":
    sys.exit(main())
