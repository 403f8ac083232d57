# SPDX-License-Identifier: GPL-3.0-or-later
"""Letter Composer's benchmark: each figure measured against its baseline in the same run
(interleaved pairs, medians of at least 7). `make bench` runs it; it prints one
`name: value` line per figure, then the budgets. A benchmark, not a test: it never fails
the build.

    python bench/run.py [--rounds N] [--skip-frozen]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUDGETS = {
    "startup_ratio": 1.5,  # a campaign opened before
    "first_start_ratio": 2.0,  # a campaign's first start, validation included
    "rss_ratio": 1.3,
    "frozen_startup_ratio": 1.5,
    "preview_p95_ms": 4.0,
    "send_ratio": 1.3,  # every letter on disk before it is sent: durability is worth it
}


def run_timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time (s) from process start to exit, and the child's peak RSS (KiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed ({proc.returncode})")
    return elapsed, usage.ru_maxrss


def pairs(ours: list[str], base: list[str], rounds: int, env: Callable[[], dict[str, str]]):
    """Interleave the two so both see the same machine state; one warm-up each first.
    `env` gives the environment of each pair (the same home, or a fresh one each time)."""
    warm_up = env()
    run_timed(ours, warm_up)
    run_timed(base, warm_up)
    results = []
    for _ in range(rounds):
        each = env()
        results.append((run_timed(ours, each), run_timed(base, each)))
    return results


def home_env(env: dict[str, str], home: Path) -> dict[str, str]:
    """The environment with `home` as the user's home and its settings, data and cache."""
    return {
        **env,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }


def ratio(results, index: int) -> float:
    return statistics.median(o[index] for o, _ in results) / statistics.median(
        b[index] for _, b in results
    )


def startup(rounds: int, env: dict[str, str], tmp: Path) -> dict[str, float]:
    py = sys.executable
    ours = [py, "-m", "ui.app", "--screenshot", str(tmp / "ours.png")]
    base = [py, str(ROOT / "bench" / "bare.py"), str(tmp / "bare.png")]
    res = pairs(ours, base, rounds, lambda: env)  # one home: the campaign opened before
    return {
        "startup_ratio": ratio(res, 0),
        "rss_ratio": ratio(res, 1),
        "startup_ms": statistics.median(o[0] for o, _ in res) * 1000,
        "bare_startup_ms": statistics.median(b[0] for _, b in res) * 1000,
    }


def first_start(rounds: int, env: dict[str, str], tmp: Path) -> dict[str, float]:
    """As `startup`, but every start in a fresh home (empty settings, data and cache): the
    built-in campaign's first start, validated and its templates compiled."""
    py = sys.executable
    ours = [py, "-m", "ui.app", "--screenshot", str(tmp / "first.png")]
    base = [py, str(ROOT / "bench" / "bare.py"), str(tmp / "first-bare.png")]
    res = pairs(ours, base, rounds, lambda: home_env(env, Path(tempfile.mkdtemp(dir=tmp))))
    return {
        "first_start_ratio": ratio(res, 0),
        "first_start_ms": statistics.median(o[0] for o, _ in res) * 1000,
    }


def frozen_startup(rounds: int, env: dict[str, str], tmp: Path) -> dict[str, float]:
    app = ROOT / "dist" / "letter-composer" / "letter-composer"
    bare = ROOT / "build" / "bench" / "dist" / "bare" / "bare"
    if not app.exists():
        subprocess.run(["make", "bundle"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    if not bare.exists():
        spec = (ROOT / "composer.spec").read_text()
        spec = spec.replace(
            'str(ROOT / "scripts" / "letter_composer_main.py")', 'str(ROOT / "bench" / "bare.py")'
        ).replace('name="letter-composer"', 'name="bare"')
        spec = spec.replace("ROOT = Path(SPECPATH)", f"ROOT = Path({str(ROOT)!r})")
        (ROOT / "build" / "bench").mkdir(parents=True, exist_ok=True)
        (ROOT / "build" / "bench" / "bare.spec").write_text(spec)
        subprocess.run(
            [
                str(Path(sys.executable).parent / "pyinstaller"),
                "--noconfirm",
                "--log-level",
                "ERROR",
                "--distpath",
                str(ROOT / "build/bench/dist"),
                "--workpath",
                str(ROOT / "build/bench/work"),
                str(ROOT / "build/bench/bare.spec"),
            ],
            check=True,
            env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(ROOT / "build/pyinstaller-cache")},
        )
    res = pairs(
        [str(app), "--screenshot", str(tmp / "f.png")],
        [str(bare), str(tmp / "fb.png")],
        rounds,
        lambda: env,
    )
    return {
        "frozen_startup_ratio": ratio(res, 0),
        "frozen_startup_ms": statistics.median(o[0] for o, _ in res) * 1000,
    }


def preview(samples: int = 300) -> dict[str, float]:
    """A keystroke in a field until the letter shows it, with a 5 KB letter."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt, qInstallMessageHandler
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from composer.campaigns.campaign import load_campaign
    from composer.campaigns.library import Library
    from tests.conftest import MINIMAL_FILES
    from ui.app import _quiet_offscreen
    from ui.main_window import MainWindow

    qInstallMessageHandler(_quiet_offscreen)  # as the app: no offscreen size-hint notices
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp()) / "big"
    paragraph = (
        "We write to ask for the release of the workers and for respect of the right to organise. "
    ) * 3
    letter = MINIMAL_FILES["letters/en.txt.j2"].replace(
        "Please act.", "\n\n".join([paragraph] * 20)
    )
    for rel, text in {**MINIMAL_FILES, "letters/en.txt.j2": letter}.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text)
    campaign = load_campaign(folder)
    from composer.data.store import Store

    # Its own data folder: the benchmark must not touch the user's drafts.
    window = MainWindow(Library.default(), store=Store(folder.parent / "letters.db"))
    window.show_campaign(campaign)
    window.show()
    app.processEvents()
    editor = window.letter.editors["town"]
    assert len(window.letter.body.toPlainText().encode()) >= 5000
    times = []
    for i in range(samples):
        ch = "abcdefghij"[i % 10]
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )
        assert window.letter.body.toPlainText().rstrip().endswith(editor.text())
        times.append((time.perf_counter() - start) * 1000)
        if len(editor.text()) > 40:
            editor.clear()
    times.sort()
    window.autosave.stop()
    return {
        "preview_p95_ms": times[int(len(times) * 0.95)],
        "preview_median_ms": statistics.median(times),
    }


def send(rounds: int) -> dict[str, float]:
    """20 letters to a loopback TLS+AUTH server: ours (outbox, durable) vs a plain loop."""
    import base64
    import logging
    import smtplib
    import ssl
    import warnings

    logging.getLogger("mail.log").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module="aiosmtpd")

    from composer.account.accounts import Account
    from composer.campaigns.campaign import load_campaign
    from composer.data.drafts import Draft
    from composer.data.store import Store
    from composer.mail.outbox import Outbox
    from composer.mail.sending import plan
    from composer.mail.sending import send as send_letters
    from tests.conftest import toml_with_offices
    from tests.mailserver import PASSWORD, USER, MailServer

    tmp = Path(tempfile.mkdtemp())
    folder = tmp / "c"
    from tests.conftest import MINIMAL_FILES

    for rel, text in {
        **MINIMAL_FILES,
        "campaign.toml": toml_with_offices(20),
    }.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text)
    campaign = load_campaign(folder)
    draft = Draft.new(campaign)
    draft.values["name"] = "Ana"
    ours_t, base_t = [], []
    with MailServer(tmp, "tls") as server:
        account = Account(USER, "Ana", "127.0.0.1", server.port, "tls", USER, server.cafile)
        for r in range(rounds + 1):
            outbox = Outbox(Store(tmp / f"o{r}.db"))
            # The same letters for both, built outside the clock; inside it, both turn them
            # into bytes and send them (ours also keeps each one on disk first).
            letters = plan(campaign, draft, account)
            messages = [(p.outgoing.message, p.outgoing.recipients) for p in letters]
            start = time.perf_counter()
            # What the app's Send does: every letter on disk first, then sent.
            send_letters(campaign, letters, account, PASSWORD, outbox)
            ours = time.perf_counter() - start
            start = time.perf_counter()
            context = ssl.create_default_context(cafile=server.cafile)
            with smtplib.SMTP_SSL("127.0.0.1", server.port, context=context) as smtp:
                smtp.ehlo()
                token = base64.b64encode(b"\0" + USER.encode() + b"\0" + PASSWORD.encode())
                smtp.docmd("AUTH", "PLAIN " + token.decode())  # UTF-8: smtplib's is ASCII
                for msg, rcpts in messages:
                    smtp.send_message(msg, USER, rcpts)
            base = time.perf_counter() - start
            if r:  # the first round warms up both
                ours_t.append(ours)
                base_t.append(base)
        assert len(server.received) == 2 * 20 * (rounds + 1)
    return {
        "send_ratio": statistics.median(ours_t) / statistics.median(base_t),
        "send_ms": statistics.median(ours_t) * 1000,
    }


def campaign_load(samples: int = 21) -> dict[str, float]:
    from composer.campaigns.campaign import load_campaign
    from composer.paths import builtin_campaigns_dir

    path = builtin_campaigns_dir() / "zhanartu-2012"
    load_campaign(path)
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        load_campaign(path)
        times.append((time.perf_counter() - start) * 1000)
    return {"campaign_load_ms": statistics.median(times)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--skip-frozen", action="store_true")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    base_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    env = home_env(base_env, tmp / "home")
    # Byte-compile our modules first, as `pip install` and PyInstaller do: otherwise, with
    # PYTHONDONTWRITEBYTECODE set, every measured start would compile our sources again.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "composer"), str(ROOT / "ui")],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    figures: dict[str, float] = {}
    figures.update(startup(args.rounds, env, tmp))
    figures.update(first_start(args.rounds, base_env, tmp))
    if not args.skip_frozen:
        figures.update(frozen_startup(args.rounds, env, tmp))
    figures.update(preview())
    figures.update(send(max(7, args.rounds)))
    figures.update(campaign_load())
    for name, value in figures.items():
        print(f"{name}: {value:.3f}" if "ratio" in name else f"{name}: {value:.1f}")
    for name, budget in BUDGETS.items():
        if name in figures:
            verdict = "within" if figures[name] <= budget else "OVER"
            print(f"# {name} {figures[name]:.2f} <= {budget}: {verdict}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
