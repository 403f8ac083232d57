# SPDX-License-Identifier: GPL-3.0-or-later
"""`pdf` and `mailto` on the command line, run as real processes on a test campaign."""

from __future__ import annotations

import subprocess
import sys
from urllib.parse import unquote, urlsplit

import pytest

from ..conftest import ROOT
from ..test_cli import cli

NAME = "Ана & Bob? #1 +100%"


def pdfinfo(path) -> str:
    return subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def test_mailto_prints_one_whole_link_per_recipient(make_campaign) -> None:
    campaign = make_campaign()
    note = "Line one\nҚазақстан Республикасы, әділдік\n" + "x" * 3000  # far over 2,000
    out = cli(
        "mailto",
        "--campaign",
        str(campaign),
        "--set",
        f"name={NAME}",
        "--set",
        f"note={note}",
        "--date",
        "2026-11-27",
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 2
    first = urlsplit(lines[0])
    assert (first.scheme, unquote(first.path)) == ("mailto", "first@example.org")
    query = dict(part.split("=", 1) for part in first.query.split("&"))
    assert unquote(query["subject"]) == f"Letter from {NAME}"
    body = unquote(query["body"])
    assert body.startswith("27 November 2026\r\n\r\nDear First,\r\n\r\nPlease act.\r\n")
    assert "Line one\r\nҚазақстан Республикасы, әділдік\r\n" + "x" * 3000 in body  # whole
    assert unquote(urlsplit(lines[1]).path) == "second@example.net"
    assert "Dear%20Second%20Office%2C" in lines[1]


def test_mailto_one_recipient_and_bad_input(make_campaign) -> None:
    campaign = str(make_campaign())
    out = cli("mailto", "--campaign", campaign, "--set", "name=Ana", "--to", "2")
    assert out.returncode == 0 and out.stdout.startswith("mailto:second@example.net?subject=")
    missing = cli("mailto", "--campaign", campaign)
    assert missing.returncode == 1 and "'Your name' is required" in missing.stderr
    assert missing.stdout == "" and "Traceback" not in missing.stderr


# What every command says of a campaign nobody signed (the test campaign is not).
UNSIGNED = (
    "letter-composer-cli: note: campaign test-campaign is not signed; nothing shows who "
    "made it or that it was not changed"
)


def test_pdf_writes_one_page_per_recipient(make_campaign, tmp_path) -> None:
    out_file = tmp_path / "letters.pdf"
    out = cli(
        "pdf",
        "--campaign",
        str(make_campaign()),
        "--set",
        "name=Айгүл",
        "-o",
        str(out_file),
        # No screen, and no platform chosen: the command picks offscreen by itself.
        env={"LC_ALL": "", "LC_PAPER": "", "LANG": "en_US.UTF-8", "QT_QPA_PLATFORM": ""},
    )
    assert out.returncode == 0, out.stderr
    assert out.stderr == UNSIGNED + "\n"  # the campaign is not signed; nothing from Qt
    assert out.stdout.strip() == f"{out_file}: 2 letter(s)"
    info = pdfinfo(out_file)
    assert "Pages:           2" in info and "(letter)" in info  # the US locale's paper
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out_file), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert "Айгүл" in text and "First Office" in text and "Second Office" in text


def test_pdf_paper_option_and_locale(make_campaign, tmp_path) -> None:
    campaign = str(make_campaign())
    a4 = tmp_path / "a4.pdf"
    out = cli(
        "pdf",
        "--campaign",
        campaign,
        "--set",
        "name=A",
        "--to",
        "1",
        "--paper",
        "a4",
        "-o",
        str(a4),
        env={"LANG": "en_US.UTF-8"},
    )
    assert out.returncode == 0, out.stderr
    assert "(A4)" in pdfinfo(a4) and "Pages:           1" in pdfinfo(a4)
    be = tmp_path / "be.pdf"
    out = cli(
        "pdf",
        "--campaign",
        campaign,
        "--set",
        "name=A",
        "-o",
        str(be),
        env={"LC_ALL": "", "LC_PAPER": "nl_BE.UTF-8", "LANG": "en_US.UTF-8"},
    )
    assert out.returncode == 0 and "(A4)" in pdfinfo(be)


@pytest.mark.parametrize(
    "args",
    [
        ["pdf", "--set", "name=A"],  # no -o
        ["pdf", "--set", "name=A", "-o", "x.pdf", "--paper", "b5"],
        ["pdf", "-o", "x.pdf", "--set", "novalue"],
        ["mailto", "--date", "soon"],
    ],
)
def test_pdf_and_mailto_usage_errors_exit_2(args: list[str]) -> None:
    out = cli(*args)
    assert out.returncode == 2 and "usage:" in out.stderr


def test_pdf_errors_exit_1(make_campaign, tmp_path) -> None:
    campaign = str(make_campaign())
    nowhere = tmp_path / "no-such-folder" / "x.pdf"
    out = cli("pdf", "--campaign", campaign, "--set", "name=A", "-o", str(nowhere))
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [
        UNSIGNED,
        f"letter-composer-cli: cannot write {nowhere}: No such file or directory",
    ]
    out = cli("pdf", "--campaign", campaign, "-o", str(tmp_path / "x.pdf"))
    assert out.returncode == 1 and "'Your name' is required" in out.stderr
    out = cli("pdf", "--campaign", campaign, "--set", "name=A", "--to", "9", "-o", "x.pdf")
    assert out.returncode == 1 and "no recipient 9" in out.stderr
    assert not list(tmp_path.glob("*.pdf")) and not (ROOT / "x.pdf").exists()


def test_mailto_loads_no_qt(make_campaign) -> None:
    code = (
        "import sys, composer.cli\n"
        "composer.cli.main(['mailto', '--campaign', sys.argv[1], '--set', 'name=A'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'ui')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(make_campaign())],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("[]")


def test_outbox_list_names_the_route_of_a_letter_marked_sent() -> None:
    from composer.data.store import Store
    from composer.mail.outbox import Outbox

    Outbox(Store()).record_sent("test-campaign", "First", "first@example.org", "Subj", "post")
    out = cli("outbox", "list")
    assert out.returncode == 0, out.stderr
    assert out.stdout.rstrip().endswith("first@example.org  Subj  (via post)")
    assert "sent" in out.stdout


def test_the_same_variant_seed_gives_the_same_letters_in_every_command(
    make_campaign, tmp_path
) -> None:
    from ..test_cli import VARIED_LETTER, render_messages

    root = str(make_campaign({"letters/en.txt.j2": VARIED_LETTER}))
    common = ("--campaign", root, "--set", "name=Ana", "--date", "2026-11-27")
    for seed in ("3", "11"):
        rendered = render_messages(*common, "--from", "ana@example.org", "--variant-seed", seed)
        out = cli("mailto", *common, "--variant-seed", seed)
        assert out.returncode == 0, out.stderr
        linked = []
        for line in out.stdout.splitlines():
            query = dict(part.split("=", 1) for part in urlsplit(line).query.split("&"))
            linked.append((unquote(query["subject"]), unquote(query["body"])))
        # The same letters (a message's text part ends with one more line break).
        assert [(s, b.rstrip()) for s, b in linked] == [
            (s, b.replace("\n", "\r\n").rstrip()) for s, b in rendered
        ]
        pdf = tmp_path / f"{seed}.pdf"
        assert cli("pdf", *common, "--variant-seed", seed, "-o", str(pdf)).returncode == 0
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        for subject, body in rendered:
            assert subject in text
            # The wording chosen for this seed is on paper (the date and name lines are
            # the letter's head and signature there).
            middle = body.split("\n\n")[2]
            assert " ".join(middle.split()) in " ".join(text.split())
    assert render_messages(*common, "--from", "a@example.org", "--variant-seed", "3") != (
        render_messages(*common, "--from", "a@example.org", "--variant-seed", "11")
    )
