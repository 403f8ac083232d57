# SPDX-License-Identifier: GPL-3.0-or-later
"""Campaigns validated before, as the Library takes them: the same campaign, the same
letters, never a stale or broken one, and no TOML read before the window is drawn."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from composer.campaigns import prepared
from composer.campaigns.campaign import load_campaign
from composer.campaigns.library import Library
from composer.problems import BundleError

from ..conftest import BUILTIN, MINIMAL_LETTER, ROOT

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
    first = Library.default().load(BUILTIN)  # validates, keeps it
    assert list(prepared.cache_dir().glob("*.bin"))
    again = Library.default().load(BUILTIN)  # read back
    assert isinstance(next(iter(again.letters.values())), prepared.LazyLetter)
    for attr in ("id", "title", "recipients", "fields", "appeals", "translations", "deadline"):
        assert getattr(again, attr) == getattr(fresh, attr), attr
    assert again.builtin and again.source == fresh.source
    assert {k: v.variables for k, v in again.letters.items()} == {
        k: v.variables for k, v in fresh.letters.items()
    }
    assert letters(again) == letters(fresh) == letters(first)


def test_the_library_alone_decides(make_campaign, monkeypatch, capsys):
    """Every caller asks the Library: the command line's second render of a campaign takes
    it prepared, as the window does; `validate` checks afresh whatever was kept."""
    from composer import cli
    from composer.campaigns import campaign as campaign_module

    folder = make_campaign()
    validated = []
    check = campaign_module._load
    monkeypatch.setattr(campaign_module, "_load", lambda b: validated.append(1) or check(b))
    render = ["render", "--campaign", str(folder), "--set", "name=Ana"]
    assert cli.main(render) == 0
    first = capsys.readouterr().out
    assert cli.main(render) == 0
    assert len(validated) == 1
    assert capsys.readouterr().out.count("Ana") == first.count("Ana") > 0
    assert cli.main(["validate", str(folder)]) == 0
    assert len(validated) == 2


def test_letters_are_compiled_when_first_rendered_and_never_kept(make_campaign):
    folder = make_campaign()
    shown = letters(Library.default().load(folder))
    again = Library.default().load(folder)
    assert all(letter._compiled is None for letter in again.letters.values())
    assert letters(again) == shown
    assert all(letter._compiled is not None for letter in again.letters.values())
    # What the user typed is in no file of the cache: letters are rendered, not kept.
    typed = again.render("en", {"name": "Ana Marker-7f3c"}, again.recipients[0], TODAY)
    assert "Ana Marker-7f3c" in typed.body
    from composer.paths import cache_dir

    for path in cache_dir().rglob("*"):
        assert path.is_dir() or b"Marker-7f3c" not in path.read_bytes(), path


def test_letters_kept_by_earlier_versions_are_removed(make_campaign):
    """Earlier versions kept rendered letters (with the details typed) in the cache folder:
    they go, and nothing else in the cache does."""
    from composer.templates import codecache

    Library.default().load(make_campaign())  # a campaign and its templates cached
    folder = prepared.cache_dir()
    (folder / "5d41c0ffee.letters").write_bytes(b"Ana Marker-7f3c")
    (folder / ".5d41c0ffee.letters.tmp").write_bytes(b"Ana Marker-7f3c")
    (folder / "notes.letters.txt").write_bytes(b"not ours to judge")
    kept = sorted(p for p in prepared.cache_dir().parent.rglob("*") if ".letters" not in p.name)
    assert list(folder.glob("*.bin")) and list(codecache.cache_dir().glob("*.bin"))
    prepared.remove_old_renders()
    left = sorted(prepared.cache_dir().parent.rglob("*"))
    assert left == sorted([*kept, folder / "notes.letters.txt"])
    prepared.remove_old_renders()  # nothing left to remove: no error


def test_changed_bundle_is_validated_again(make_campaign):
    folder = make_campaign(name="c")
    Library.default().load(folder)
    (folder / "letters" / "en.txt.j2").write_text(MINIMAL_LETTER.replace("{{ name }}", "{{ nme }}"))
    with pytest.raises(BundleError) as err:
        Library.default().load(folder)
    assert err.value.problems[0].code == "template-undefined"


def test_a_campaign_validated_under_an_older_sandbox_is_validated_again(make_campaign, monkeypatch):
    from composer.templates import sandbox

    # A template the current sandbox refuses, cached as valid by a laxer one.
    heavy = MINIMAL_LETTER + '{{ "x" * 60000 ~ "y" * 60000 }}\n'
    folder = make_campaign({"letters/en.txt.j2": heavy})
    with monkeypatch.context() as older:
        older.setattr(sandbox, "MAX_TEXT", 10**6)  # a laxer check
        older.setattr(sandbox, "FINGERPRINT", "older sandbox")
        Library.default().load(folder)
    assert len(list(prepared.cache_dir().glob("*.bin"))) == 1
    with pytest.raises(BundleError) as err:
        Library.default().load(folder)
    assert err.value.problems[0].code == "template-security"


def test_damaged_cache_is_ignored(make_campaign):
    folder = make_campaign()
    Library.default().load(folder)
    for path in prepared.cache_dir().iterdir():
        path.write_bytes(b"\x00garbage")
    campaign = Library.default().load(folder)
    assert campaign.render("en", {"name": "Ana"}, campaign.recipients[1], TODAY).body


def test_second_start_needs_no_validation(tmp_path):
    """The second start shows the built-in campaign without reading its TOML again (it was
    validated at the first), and without the keyring or the mail code; its letter is
    rendered (jinja2) from the compiled-template cache."""
    script = (
        "import sys; sys.argv = ['letter-composer', '--screenshot', sys.argv[1]]\n"
        "import ui.app\n"
        "code = ui.app.main()\n"
        "print(' '.join(sorted(m for m in sys.modules if m in "
        "('jinja2', 'tomllib', 'keyring', 'smtplib', 'ssl', 'secrets'))))\n"
        "sys.exit(code)\n"
    )
    runs = []
    for i in range(2):
        out = run_script(script, str(tmp_path / f"{i}.png"))
        runs.append(out.stdout.split())
    assert runs[0] == ["jinja2", "tomllib"]  # the first start validates the campaign
    assert runs[1] == ["jinja2"]  # no TOML, keyring, mail code or OpenSSL's ssl
    assert Path(tmp_path / "0.png").read_bytes() == Path(tmp_path / "1.png").read_bytes()


def test_start_up_is_frozen_after_the_first_paint(tmp_path):
    """Once the window is drawn, start-up's garbage is collected and what stays is frozen
    out of later collections; the collector itself is left on. The sources PySide's import
    hook read (and linecache kept) are dropped."""
    script = (
        "import gc, linecache, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import ui.app, ui.startup\n"
        "seen = []\n"
        "first = ui.startup.finish_window\n"
        "def after(self):\n"
        "    first(self)\n"
        "    QTimer.singleShot(0, check)\n"
        "def check():\n"
        "    frozen = gc.get_freeze_count()\n"
        "    gc.unfreeze()\n"
        "    left = gc.collect()  # start-up's cycles: freed before the freeze\n"
        "    kept = [f for f in linecache.cache if f.endswith('.py')]\n"
        "    seen.append((gc.isenabled(), frozen > 1000, left < 100, kept))\n"
        "    QApplication.instance().quit()\n"
        "ui.startup.finish_window = after\n"
        "code = ui.app.main([])\n"
        "print(seen)\n"
        "sys.exit(code)\n"
    )
    out = run_script(script)
    assert out.stdout.split("\n")[0] == "[(True, True, True, [])]", out.stdout


# A script's prelude: `seen` gets what its at_first_paint() says when the window is first
# painted; `after` is ui.startup.finish_window (the window's own deferred work, given the
# window), for the script to wrap.
FIRST_PAINT_WATCH = (
    "from PySide6.QtCore import QEvent, QObject\n"
    "from PySide6.QtWidgets import QApplication\n"
    "import ui.app, ui.main_window, ui.startup\n"
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
    "after = ui.startup.finish_window\n"
)


def test_real_start_draws_before_the_mail_code(tmp_path):
    """Started as a user starts it (no --screenshot), the window's first paint comes
    before the keyring, the mail code and the outbox (they follow it); a campaign opened
    before needs no TOML reader, only its letter rendered (jinja2, the compiled-template
    cache keyed by a hash)."""
    script = (
        "import sys\n"
        + FIRST_PAINT_WATCH
        + "HEAVY = ('jinja2', 'tomllib', 'keyring', 'smtplib', 'ssl', '_hashlib', 'secrets',"
        " 'composer.mail.outbox')\n"
        "def at_first_paint():\n"
        "    return sorted(m for m in sys.modules if m in HEAVY)\n"
        "def painted(self):\n"
        "    after(self)\n"
        "    seen.append(self.restored_draft(self.campaign) is not None)\n"
        "    self.close()  # saves the draft\n"
        "ui.startup.finish_window = painted\n"
        "code = ui.app.main([])\n"
        "print(seen, 'composer.mail.outbox' in sys.modules)\n"
        "sys.exit(code)\n"
    )
    run_script(script)  # the very first start validates the campaign (jinja2, TOML)
    out = run_script(script)  # the draft saved at the first close, on a campaign known
    assert out.stdout.split("\n")[0] == "[['_hashlib', 'jinja2'], True] True", out.stdout


# A script's session: the supporter types `TYPED` into each of their details, then closes.
TYPING = (
    "from PySide6.QtCore import Qt\n"
    "from PySide6.QtGui import QKeyEvent\n"
    "TYPED = 'Zhanna Tulegenova-5e1d'\n"
    "def type_details(window):\n"
    "    for editor in window.letter.editors.values():\n"
    "        for ch in TYPED:\n"
    "            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):\n"
    "                QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown,"
    " Qt.KeyboardModifier.NoModifier, ch))\n"
)


def files_holding(folder: Path, text: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


def test_details_typed_are_kept_in_the_store_only(tmp_path):
    """Details typed before closing come back at the next start, from the draft in the
    data store; no file in the cache folder holds them (rendered letters are not kept)."""
    script = (
        "import sys\n" + FIRST_PAINT_WATCH + TYPING + "def at_first_paint():\n"
        "    return 'x'\n"
        "def painted(self):\n"
        "    after(self)\n"
        "    seen.append(TYPED in self.letter.body.toPlainText())\n"
        "    if sys.argv[1] == 'type':\n"
        "        type_details(self)\n"
        "    self.close()\n"
        "ui.startup.finish_window = painted\n"
        "code = ui.app.main([])\n"
        "print(seen)\n"
        "sys.exit(code)\n"
    )
    from composer.paths import cache_dir, data_dir

    run_script(script, "type")  # validates, then the supporter types and closes
    assert files_holding(data_dir(), "Tulegenova-5e1d")  # the draft (the test's own check)
    assert files_holding(cache_dir(), "Tulegenova-5e1d") == []
    out = run_script(script, "look")
    assert out.stdout.split("\n")[0] == "['x', True]", out.stdout
    assert files_holding(cache_dir(), "Tulegenova-5e1d") == []
