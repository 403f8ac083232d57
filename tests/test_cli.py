# SPDX-License-Identifier: GPL-3.0-or-later
"""The command line, run as a real process: contracts (names, JSON keys, exit codes)."""

from __future__ import annotations

import email
import email.policy
import json
import mailbox
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import BUILTIN, MINIMAL_LETTER, MINIMAL_TOML, ROOT


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "composer", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_console_script_is_the_same_cli() -> None:
    exe = Path(sys.executable).parent / "letter-composer-cli"
    out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.startswith("letter-composer-cli ")


def test_campaigns_json() -> None:
    out = cli("campaigns", "--json")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    builtin = next(c for c in items if c["id"] == "zhanartu-2012")
    for key in (
        "id",
        "title",
        "path",
        "original_language",
        "appeal_languages",
        "letter_languages",
        "recipients",
    ):
        assert key in builtin
    assert builtin["original_language"] == "fr"
    assert "fr" in builtin["appeal_languages"] and "en" in builtin["appeal_languages"]
    assert builtin["letter_languages"][0] == "en"
    assert builtin["recipients"] == [
        {
            "name": "Embassy of the Republic of Kazakhstan in Belgium",
            "email": "bolat.temirbayev@gmail.com",
        },
        {
            "name": "Ministry of Foreign Affairs of the Republic of Kazakhstan",
            "email": "mid@mid.kz",
        },
    ]
    assert Path(builtin["path"]) == BUILTIN


def test_campaigns_lists_opened_ones(make_campaign) -> None:
    from composer.campaigns.library import Library

    Library.default().remember(make_campaign())  # what File > Open does
    ids = [c["id"] for c in json.loads(cli("campaigns", "--json").stdout)]
    assert ids == ["zhanartu-2012", "test-campaign"]
    text = cli("campaigns").stdout
    assert "test-campaign" in text and "1. First Office <first@example.org>" in text


def test_validate_ok_and_problems(make_campaign) -> None:
    assert cli("validate", str(BUILTIN)).returncode == 0
    bad = make_campaign(
        {
            "campaign.toml": MINIMAL_TOML.replace(
                'email = "first@example.org"', 'email = "first at example"'
            )
        }
    )
    out = cli("validate", str(bad))
    assert out.returncode == 1
    assert "campaign.toml:11: 'first at example' is not an e-mail address" in out.stderr
    assert "Traceback" not in out.stderr


def test_validate_hostile_archive(tmp_path: Path) -> None:
    path = tmp_path / "x.campaign"
    path.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    out = cli("validate", str(path))
    assert out.returncode == 1 and "Traceback" not in out.stderr and out.stderr.strip()


def test_render_prints_one_message_per_recipient(tmp_path: Path) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "composer",
            "render",
            "--set",
            "name=Ana Lima",
            "--set",
            "town=Almaty",
            "--set",
            "country=Қазақстан",
            "--date",
            "2026-11-27",
            "--from",
            "ana@example.org",
        ],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    path = tmp_path / "out.mbox"
    path.write_bytes(out.stdout)
    box = mailbox.mbox(str(path), create=False)
    try:
        messages = list(box)
    finally:
        box.close()
    assert [" ".join(m["To"].split()) for m in messages] == [
        "Embassy of the Republic of Kazakhstan in Belgium <bolat.temirbayev@gmail.com>",
        "Ministry of Foreign Affairs of the Republic of Kazakhstan <mid@mid.kz>",
    ]
    for m in messages:
        assert m["From"] == "Ana Lima <ana@example.org>"
        body = m.get_payload(decode=True).decode("utf-8")
        assert "27 November 2026" in body and "Ana Lima\nAlmaty, Қазақстан\n" in body
        assert m["Message-ID"].endswith("@example.org>")
    assert "Your Excellency," in messages[0].get_payload(decode=True).decode()


def test_render_choose_recipient_and_language() -> None:
    out = cli("render", "--set", "name=Ana", "--to", "2", "--letter-lang", "en")
    assert out.returncode == 0 and out.stdout.count("\nTo: ") == 1 and "mid@mid.kz" in out.stdout
    out = cli("render", "--set", "name=Ana", "--to", "mid@mid.kz", "--campaign", "zhanartu-2012")
    assert out.returncode == 0 and out.stdout.count("\nTo: ") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["render"], "'Your name' is required"),
        (["render", "--set", "name=Ana", "--set", "colour=red"], "no field 'colour'"),
        (["render", "--set", "name=Ana", "--letter-lang", "xx"], "no letter in 'xx'"),
        (["render", "--set", "name=Ana", "--to", "9"], "no recipient 9"),
        (["render", "--set", "name=Ana", "--campaign", "nope"], "no campaign 'nope'"),
        (["render", "--set", "name=Ana\nBcc: x@example.com"], "must be on one line"),
        (["render", "--set", "name=Ana", "--from", "not-an-address"], "not a usable e-mail"),
        (["render", "--set", "name=Ana", "--campaign", "/no/such/dir"], "no campaign at this path"),
    ],
)
def test_render_user_errors_exit_1_with_one_line(args: list[str], message: str) -> None:
    out = cli(*args)
    assert out.returncode == 1, out
    assert message in out.stderr
    assert "Traceback" not in out.stderr
    assert out.stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["nonsense"],
        ["render", "--set", "novalue"],
        ["validate"],
        ["render", "--date", "tomorrow"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    out = cli(*args)
    assert out.returncode == 2
    assert "usage:" in out.stderr


def test_import_composer_loads_no_qt() -> None:
    code = (
        "import sys, composer, composer.cli, composer.campaigns.campaign, "
        "composer.campaigns.bundle, composer.templates.letter, composer.mail.message, "
        "composer.campaigns.library, composer.data.drafts\n"
        "composer.cli.main(['validate', sys.argv[1]])\n"
        "qt = ('PySide6', 'shiboken6', 'ui')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in qt)\n"
        "print(bad)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(BUILTIN)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("[]")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # (é@ alone is a UTF-8 mailbox; a zero-width space in it is not)
        (["render", "--set", "name=A", "--from", "é\u200b@example.org"], "not a usable e-mail"),
        (["render", "--set", "name=A", "--to", "²"], "no recipient ²"),
        (["render", "--set", "name=A", "--campaign", ""], "no campaign ''"),
        (["validate", ""], "no campaign at this path"),
    ],
)
def test_odd_arguments_are_user_errors(args: list[str], message: str) -> None:
    out = cli(*args)
    assert out.returncode == 1, out
    assert message in out.stderr and "Traceback" not in out.stderr
    assert out.stdout == ""


def test_render_error_for_a_later_recipient_prints_nothing(make_campaign) -> None:
    toml = MINIMAL_TOML.replace('name = "Second Office"', 'name = "Second Office"\n')
    root = make_campaign(
        {
            "campaign.toml": toml,
            "letters/en.txt.j2": "Subject: {{ name }}\n\n"
            "{% if recipient.email == 'second@example.net' %}{{ 1 // 0 }}{% endif %}\n",
        }
    )
    out = cli("validate", str(root))
    assert out.returncode == 1 and "ZeroDivisionError" in out.stderr


# A letter with alternative wordings, to recipients on example domains.
VARIED_LETTER = MINIMAL_LETTER.replace(
    "Subject: Letter from", "Subject: [[ Letter | A letter | Words ]] from"
).replace(
    "Please act.", "[[ Please act. | Act now, please. | We ask you to act. ]] [[ Thanks. | ]]"
)


def render_messages(*args: str) -> list[tuple[str, str]]:
    """(subject, body) of each message `render` prints."""
    out = subprocess.run(
        [sys.executable, "-m", "composer", "render", "--date", "2026-11-27", *args],
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    entries = re.split(rb"(?m)^From .*\n", out.stdout)[1:]
    messages = [email.message_from_bytes(e, policy=email.policy.default) for e in entries]
    return [(str(m["Subject"]), m.get_content()) for m in messages]


def test_render_variant_seed(make_campaign) -> None:
    root = str(make_campaign({"letters/en.txt.j2": VARIED_LETTER}))
    base = ("--campaign", root, "--set", "name=Ana", "--from", "ana@example.org")
    first = render_messages(*base)
    assert [s for s, _ in first] == ["Letter from Ana"] * 2  # no seed: the first wordings
    assert all("\n\nPlease act. Thanks.\n" in body for _, body in first)
    seven = render_messages(*base, "--variant-seed", "7")
    assert render_messages(*base, "--variant-seed", "7") == seven
    others = {tuple(render_messages(*base, "--variant-seed", str(n))) for n in range(4)}
    assert len(others) > 1
    for letters in others:
        for subject, body in letters:
            assert "[[" not in body + subject and "|" not in body and "  " not in body


@pytest.mark.parametrize("seed", ["-1", "x", "1.5", ""])
def test_variant_seed_must_be_a_whole_number(seed: str) -> None:
    out = cli("render", "--set", "name=Ana", "--variant-seed", seed)
    assert out.returncode == 2 and "--variant-seed" in out.stderr and "Traceback" not in out.stderr


def test_no_module_of_the_core_imports_qt_or_the_window_anywhere() -> None:
    """Not at the top, not inside a function: composer/ never imports PySide6, shiboken6
    or ui (the PDF command runs ui/pdf_command.py as a process of its own)."""
    import ast

    found = []
    for path in sorted((ROOT / "composer").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                if name.split(".")[0] in ("PySide6", "shiboken6", "ui"):
                    found.append(f"{path.name}:{node.lineno} {name}")
    assert found == []
