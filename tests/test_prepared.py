"""Campaigns validated at an earlier start: the same campaign, the same letters, never a
stale or broken one, and no jinja2 before the window is drawn."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from composer import prepared
from composer.campaign import load_campaign
from composer.problems import BundleError

from .conftest import BUILTIN, MINIMAL_LETTER, ROOT

TODAY = dt.date(2026, 11, 27)


def run_script(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The window app in a process of its own (offscreen), as a user starts it."""
    out = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return out


def letters(campaign):
    values = {"name": "Ana", "town": "Gent", "note": "Freedom."}
    return [
        campaign.render(lang, values, r, TODAY)
        for lang in sorted(campaign.letters)
        for r in campaign.recipients
    ]


def test_prepared_campaign_is_the_validated_one(tmp_path):
    fresh = load_campaign(BUILTIN)
    first = load_campaign(BUILTIN, builtin=True, prepared=True)  # validates, keeps it
    assert list(prepared.cache_dir().glob("*.bin"))
    again = load_campaign(BUILTIN, builtin=True, prepared=True)  # read back
    assert isinstance(next(iter(again.letters.values())), prepared.LazyLetter)
    for attr in ("id", "title", "recipients", "fields", "appeals", "translations", "deadline"):
        assert getattr(again, attr) == getattr(fresh, attr), attr
    assert again.builtin and again.source == fresh.source
    assert {k: v.variables for k, v in again.letters.items()} == {
        k: v.variables for k, v in fresh.letters.items()
    }
    assert letters(again) == letters(fresh) == letters(first)


def test_first_letters_come_back_without_compiling(make_campaign):
    folder = make_campaign()
    campaign = load_campaign(folder, prepared=True)
    shown = letters(campaign)
    prepared.keep_first_renders(campaign)  # the first window was drawn
    again = load_campaign(folder, prepared=True)
    assert letters(again) == shown
    assert all(letter._compiled is None for letter in again.letters.values())
    # Other inputs than those seen before: compiled and rendered for real.
    other = again.render("en", {"name": "Bo"}, again.recipients[0], TODAY)
    assert other.subject == "Letter from Bo"


def test_changed_bundle_is_validated_again(make_campaign):
    folder = make_campaign(name="c")
    load_campaign(folder, prepared=True)
    (folder / "letters" / "en.txt.j2").write_text(MINIMAL_LETTER.replace("{{ name }}", "{{ nme }}"))
    with pytest.raises(BundleError) as err:
        load_campaign(folder, prepared=True)
    assert err.value.problems[0].code == "template-undefined"


def test_damaged_cache_is_ignored(make_campaign):
    folder = make_campaign()
    load_campaign(folder, prepared=True)
    for path in prepared.cache_dir().iterdir():
        path.write_bytes(b"\x00garbage")
    campaign = load_campaign(folder, prepared=True)
    assert campaign.render("en", {"name": "Ana"}, campaign.recipients[1], TODAY).body


def test_window_draws_before_jinja2_is_loaded(tmp_path):
    """The second start shows the built-in campaign without importing jinja2 or tomllib."""
    script = (
        "import sys; sys.argv = ['letter-composer', '--screenshot', sys.argv[1]]\n"
        "import ui.app\n"
        "code = ui.app.main()\n"
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('jinja2', 'tomllib', 'keyring', 'smtplib', 'ssl', '_hashlib', 'secrets'))))\n"
        "sys.exit(code)\n"
    )
    runs = []
    for i in range(2):
        out = run_script(script, str(tmp_path / f"{i}.png"))
        runs.append(out.stdout.split())
    assert "jinja2" in runs[0]  # the first start validates the campaign
    assert runs[1] == []  # no templates, TOML, keyring, mail code or OpenSSL
    assert Path(tmp_path / "0.png").read_bytes() == Path(tmp_path / "1.png").read_bytes()


def test_collector_is_back_after_the_first_paint(tmp_path):
    """Start-up runs without Python's cyclic collector; once the window is drawn, start-up's
    garbage is collected, what stays is frozen out of later collections and collecting
    resumes (else a long session would never free a cycle). Programs the window starts
    later do not inherit its Qt thread-pool switch."""
    script = (
        "import gc, os, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import ui.app, ui.main_window\n"
        "seen = []\n"
        "first = ui.main_window.MainWindow.after_first_paint\n"
        "def after(self):\n"
        "    seen.append(('during start-up', gc.isenabled()))\n"
        "    first(self)\n"
        "    QTimer.singleShot(0, check)\n"
        "def check():\n"
        "    frozen = gc.get_freeze_count()\n"
        "    gc.unfreeze()\n"
        "    left = gc.collect()  # start-up's cycles: freed before the freeze\n"
        "    seen.append(('after', gc.isenabled(), frozen > 1000, left < 100))\n"
        "    seen.append('QT_NO_GUI_THREADPOOL' in os.environ)\n"
        "    QApplication.instance().quit()\n"
        "ui.main_window.MainWindow.after_first_paint = after\n"
        "code = ui.app.main([])\n"
        "print(seen, gc.isenabled())\n"
        "sys.exit(code)\n"
    )
    out = run_script(script)
    assert out.stdout.split("\n")[0] == (
        "[('during start-up', False), ('after', True, True, True), False] True"
    ), out.stdout


def test_collector_stays_off_when_the_caller_turned_it_off(tmp_path):
    script = (
        "import gc, sys\n"
        "import ui.app\n"
        "gc.disable()\n"
        "code = ui.app.main(['--screenshot', sys.argv[1]])\n"
        "print(gc.isenabled())\n"
        "sys.exit(code)\n"
    )
    assert run_script(script, str(tmp_path / "s.png")).stdout.split() == ["False"]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts Linux threads")
def test_window_is_drawn_on_one_thread(tmp_path):
    """Qt would hand every tall fill to a pool of threads and wait for them (hundreds of
    hand-overs per paint, each repaint 2-3 times slower on two cores): the app draws on
    its own thread only."""
    script = (
        "import os, sys\n"
        "import ui.app\n"
        "code = ui.app.main(['--screenshot', sys.argv[1]])\n"
        "print(len(os.listdir('/proc/self/task')))\n"
        "sys.exit(code)\n"
    )
    out = run_script(script, str(tmp_path / "w.png"))
    assert out.stdout.split() == ["1"]


# A script's prelude: `seen` gets what its at_first_paint() says when the window is first
# painted; `after` is the window's own after_first_paint, for the script to wrap.
FIRST_PAINT_WATCH = (
    "from PySide6.QtCore import QEvent, QObject\n"
    "from PySide6.QtWidgets import QApplication\n"
    "import ui.app, ui.main_window\n"
    "seen = []\n"
    "class FirstPaint(QObject):\n"
    "    def eventFilter(self, obj, event):\n"
    "        if not seen and event.type() == QEvent.Type.Paint and obj.isWindow():\n"
    "            seen.append(at_first_paint())\n"
    "        return False\n"
    "watch = FirstPaint()\n"
    "show = ui.main_window.MainWindow.show\n"
    "def showing(self):\n"
    "    QApplication.instance().installEventFilter(watch)\n"
    "    show(self)\n"
    "ui.main_window.MainWindow.show = showing\n"
    "after = ui.main_window.MainWindow.after_first_paint\n"
)


def test_real_start_draws_before_the_mail_code(tmp_path):
    """Started as a user starts it (no --screenshot), the window's first paint comes
    before the keyring, the mail code and the outbox (they follow it), and, for the draft
    drawn at the last start, before the templates, the TOML reader and OpenSSL too. A new
    draft's wording has never been rendered: its template is compiled first."""
    script = (
        "import sys\n"
        + FIRST_PAINT_WATCH
        + "HEAVY = ('jinja2', 'tomllib', 'keyring', 'smtplib', 'ssl', '_hashlib', 'secrets',"
        " 'composer.outbox')\n"
        "def at_first_paint():\n"
        "    return sorted(m for m in sys.modules if m in HEAVY)\n"
        "def painted(self):\n"
        "    after(self)\n"
        "    seen.append(self.restored_draft(self.campaign) is not None)\n"
        "    self.close()  # saves the draft\n"
        "ui.main_window.MainWindow.after_first_paint = painted\n"
        "code = ui.app.main([])\n"
        "print(seen, 'composer.outbox' in sys.modules)\n"
        "sys.exit(code)\n"
    )
    run_script(script)  # the very first start validates the campaign (jinja2, TOML)
    from composer.paths import data_dir

    for name in ("letters.db", "letters.db-wal", "letters.db-shm"):
        (data_dir() / name).unlink(missing_ok=True)
    # A new draft (its wording drawn at random), then the one it saved.
    out = run_script(script)
    assert out.stdout.split("\n")[0] == "[['_hashlib', 'jinja2'], False] True", out.stdout
    out = run_script(script)
    assert out.stdout.split("\n")[0] == "[[], True] True", out.stdout


def test_details_typed_before_closing_are_drawn_from_the_cache(tmp_path):
    """The letters as they read at close are kept too: the next start on the same day
    draws the draft with its details without loading jinja2."""
    script = (
        "import sys\n" + FIRST_PAINT_WATCH + "from PySide6.QtCore import Qt\n"
        "from PySide6.QtGui import QKeyEvent\n"
        "def at_first_paint():\n"
        "    return 'jinja2' in sys.modules\n"
        "def painted(self):\n"
        "    after(self)\n"
        "    seen.append('Zhanna Tulegenova' in self.letter.body.toPlainText())\n"
        "    if sys.argv[1] == 'type':\n"
        "        editor = self.letter.editors['name']\n"
        "        for ch in 'Zhanna Tulegenova':\n"
        "            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):\n"
        "                QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown,"
        " Qt.KeyboardModifier.NoModifier, ch))\n"
        "    self.close()\n"
        "ui.main_window.MainWindow.after_first_paint = painted\n"
        "code = ui.app.main([])\n"
        "print(seen)\n"
        "sys.exit(code)\n"
    )
    run_script(script, "type")  # validates, then the supporter types a name and closes
    out = run_script(script, "look")
    assert out.stdout.split("\n")[0] == "[False, True]", out.stdout
