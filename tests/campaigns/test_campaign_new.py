# SPDX-License-Identifier: GPL-3.0-or-later
"""`campaign new`: a skeleton that validates, renders and signs as it is; and the
organisers' guide (docs/organisers.md), whose tested command blocks run here as written."""

from __future__ import annotations

import email
import email.policy
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from composer import cli
from composer.campaigns.campaign import load_campaign
from composer.campaigns.manifest import MANIFEST
from composer.campaigns.skeleton import id_from_name, templates_dir

from ..conftest import ROOT

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(MINISIGN is None, reason="minisign is not installed")
GUIDE = ROOT / "docs" / "organisers.md"
KEY_COMMENT = '# key = "RW..."'


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def new(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> Path:
    code, _, err = run(capsys, "campaign", "new", str(folder), *args)
    assert code == 0, err
    return folder


def add_key(folder: Path, line: str) -> None:
    """What the organiser does after keygen: the commented key line made real."""
    toml = folder / "campaign.toml"
    text = toml.read_text("utf-8")
    assert text.count(KEY_COMMENT) == 1
    toml.write_text(text.replace(KEY_COMMENT, f'key = "{line}"'), "utf-8")


def letters(out: str) -> list[email.message.EmailMessage]:
    """The messages of render's mbox output."""
    parts = re.split(r"^From .*\n", out, flags=re.M)
    assert parts[0] == ""
    return [
        email.message_from_string(part, policy=email.policy.default)  # type: ignore[misc]
        for part in parts[1:]
    ]


@needs_minisign
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_skeleton_validates_renders_and_signs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    folder = new(capsys, tmp_path / "Free Ana Lima!", "--language", lang)
    assert sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()) == [
        f"appeal/{lang}.md",
        "campaign.toml",
        f"letters/{lang}.txt.j2",
    ]
    assert run(capsys, "validate", str(folder))[0] == 0
    campaign = load_campaign(folder)
    assert (campaign.id, campaign.version, campaign.campaign_status) == (
        "free-ana-lima",
        1,
        "active",
    )
    assert (campaign.original_language, campaign.letter_language) == (lang, lang)
    assert campaign.organiser is not None and campaign.organiser.key == ""
    assert [r.email for r in campaign.recipients] == [
        "minister@example.org" if lang == "en" else "ministre@example.org"
    ]
    assert {f.key for f in campaign.fields} == {"name", "town", "country", "personal_note"}
    assert campaign.letters[lang].variables >= {"name", "town", "country", "personal_note"}

    render = ("render", "--campaign", str(folder), "--set", "name=Test Person")
    code, out, err = run(capsys, *render, "--set", "town=Porto", "--date", "2026-05-01")
    assert code == 0, err
    (msg,) = letters(out)
    body = msg.get_content()
    assert (
        "Test Person\nPorto" in body and ("1 May 2026" if lang == "en" else "1er mai 2026") in body
    )
    # the alternative wordings: other seeds, other subjects
    subjects = {
        letters(run(capsys, *render, "--variant-seed", str(seed))[1])[0]["Subject"]
        for seed in range(8)
    }
    assert len(subjects) == 2

    key = tmp_path / "organiser.key"
    code, line, err = run(capsys, "campaign", "keygen", "-o", str(key))
    assert code == 0
    assert err.startswith(f"{cli.PROG}: note: {key} is not protected by a password")
    add_key(folder, line.strip())
    assert run(capsys, "validate", str(folder))[0] == 0
    assert run(capsys, "campaign", "sign", str(folder), "--key", str(key))[0] == 0
    code, out, _ = run(capsys, "campaign", "verify", str(folder))
    assert code == 0 and out.splitlines()[0].endswith(": new-key")
    assert MINISIGN is not None
    done = subprocess.run(
        [MINISIGN, "-V", "-H", "-p", f"{key}.pub", "-m", str(folder / MANIFEST)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "campaign=free-ana-lima version=1" in done.stdout
    subprocess.run(["sha256sum", "-c", "--quiet", MANIFEST], cwd=folder, check=True)


def test_id_and_language_are_honoured(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = new(capsys, tmp_path / "x", "--id", "liberez-ana-2026", "--language", "fr")
    campaign = load_campaign(folder)
    assert campaign.id == "liberez-ana-2026"
    assert campaign.title == {"fr": "Appel urgent : libérez Ana Lima"}
    assert campaign.label(campaign.fields[0], "fr") == "Votre nom"
    assert "[[" in (folder / "letters" / "fr.txt.j2").read_text("utf-8")


def test_another_language_gets_the_english_texts_under_its_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "campaign", "new", str(tmp_path / "c"), "--language", "pt-br")
    assert code == 0 and "new campaign c (pt-br)" in out
    assert "translate them into pt-br" in err
    campaign = load_campaign(tmp_path / "c")
    assert campaign.original_language == campaign.letter_language == "pt-br"
    assert campaign.title == {"pt-br": "Urgent appeal: free Ana Lima"}
    assert campaign.appeal_languages == ["pt-br"]


@pytest.mark.parametrize(
    ("name", "made"),
    [
        ("Free Ana Lima!", "free-ana-lima"),
        ("Libérez_Ana  LIMA 2026", "liberez-ana-lima-2026"),
        ("--x--", "x"),
        ("кампания", ""),
    ],
)
def test_ids_made_from_folder_names(name: str, made: str) -> None:
    assert id_from_name(name) == made


def test_a_folder_name_without_an_id_in_it_asks_for_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "campaign", "new", str(tmp_path / "кампания"))
    assert code == 1 and "--id" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "кампания").exists()
    new(capsys, tmp_path / "кампания", "--id", "kampaniya")


def test_a_folder_that_is_not_empty_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    code, out, err = run(capsys, "campaign", "new", str(folder))
    assert (code, out) == (1, "")
    assert err == f"{cli.PROG}: {folder} is not empty; give a new or empty folder\n"
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    # an empty one is fine, and so is a file's place taken: refused, untouched
    (tmp_path / "empty").mkdir()
    new(capsys, tmp_path / "empty")
    (tmp_path / "file").write_text("x")
    assert run(capsys, "campaign", "new", str(tmp_path / "file"))[0] == 1


@pytest.mark.parametrize(
    "args",
    [
        ("--id", "Free_Ana"),
        ("--id=-free",),
        ("--id", ""),
        ("--language", "French"),
        ("--language", "EN"),
    ],
)
def test_a_bad_id_or_language_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    code, out, err = run(capsys, "campaign", "new", str(tmp_path / "c"), *args)
    assert (code, out) == (1, "") and len(err.splitlines()) == 1
    assert not (tmp_path / "c").exists()


def test_the_templates_are_in_the_resources() -> None:
    """Found through importlib.resources (composer.paths), as the wheel carries them."""
    for lang in ("en", "fr"):
        names = sorted(p.name for p in (templates_dir() / lang).iterdir())
        assert names == ["appeal.md", "campaign.toml", "letter.txt.j2"]
