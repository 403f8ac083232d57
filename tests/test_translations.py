# SPDX-License-Identifier: GPL-3.0-or-later
"""Translations: every .ts complete and faithful to its placeholders; campaigns consistent
across languages; the core's messages all reach the translators."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from composer.campaigns.campaign import load_campaign
from composer.problems import MESSAGES

from .conftest import BUILTIN, MINIMAL_LETTER, ROOT

LANGUAGES = ("fr", "nl", "de", "es", "ru", "kk")
QT_ARG = re.compile(r"%\d")
PY_ARG = re.compile(r"\{[a-z_]+\}")


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(ROOT / "translations" / f"letter_composer_{lang}.ts")
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message.find("translation")))
    return out


def texts(tr: ET.Element | None) -> list[str]:
    """What a translation says: its text, or each of its plural forms ("1 letter", ...)."""
    if tr is None:
        return [""]
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


def shortcut_marks(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated(lang: str) -> None:
    found = messages(lang)
    assert len(found) > 200
    unfinished = [
        src
        for _, src, tr in found
        if tr is None
        or tr.get("type") == "unfinished"
        or not all(text.strip() for text in texts(tr))
    ]
    assert unfinished == [], f"{len(unfinished)} untranslated in {lang}: {unfinished[:5]}"


def test_english_plural_forms_are_complete() -> None:
    """English is the source; its own file gives the counted messages their two forms."""
    found = messages("en")
    assert found and all("%n" in src for _, src, _ in found)
    for _, src, tr in found:
        forms = texts(tr)
        assert len(forms) == 2 and all(f.strip() for f in forms), src
        assert "(s)" not in forms[0] + forms[1], src


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_and_shortcuts_match(lang: str) -> None:
    for context, source, tr in messages(lang):
        for text in texts(tr):
            where = f"{lang} {context}: {source!r} -> {text!r}"
            assert sorted(QT_ARG.findall(source)) == sorted(QT_ARG.findall(text)), where
            assert sorted(PY_ARG.findall(source)) == sorted(PY_ARG.findall(text)), where
            assert shortcut_marks(source) == shortcut_marks(text), where


def test_kazakh_uses_kazakh_letters() -> None:
    text = " ".join(tr.text or "" for _, _, tr in messages("kk"))
    assert set("әғқңөұүі") <= set(text.lower())


def test_problem_strings_are_up_to_date() -> None:
    """ui/problem_strings.py (read by lupdate) holds exactly the core's messages."""
    from ui import problem_strings

    assert list(MESSAGES.values()) == problem_strings.PROBLEM_STRINGS


def test_every_problem_message_is_in_the_translations() -> None:
    sources = {src for ctx, src, _ in messages("fr") if ctx == "Problem"}
    assert set(MESSAGES.values()) <= sources


def test_translations_compile(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for lang in LANGUAGES:
        out = subprocess.run(
            [
                str(lrelease),
                str(ROOT / "translations" / f"letter_composer_{lang}.ts"),
                "-qm",
                str(tmp_path / f"{lang}.qm"),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert out.returncode == 0, out.stderr
        assert "0 unfinished" in out.stdout + out.stderr, out.stdout


def test_builtin_campaign_in_every_language() -> None:
    c = load_campaign(BUILTIN)
    assert set(c.appeal_languages) == {"fr", "en", "nl", "de", "es", "ru", "kk"}
    assert set(c.letter_languages) == {"en", "fr", "ru"}
    for lang in c.appeal_languages:
        assert c.status(lang) in ("original", "reviewed", "draft")
        assert lang in c.translations, f"no recorded status for {lang}"
        assert lang in c.title, f"no title in {lang}"
        for f in c.fields:
            assert lang in f.label, f"field {f.key} has no label in {lang}"
    assert c.status("fr") == "original"


def test_builtin_letters_have_the_same_paragraphs() -> None:
    import datetime as dt

    c = load_campaign(BUILTIN)
    values = {
        "name": "Ana",
        "town": "Gent",
        "country": "België",
        "organisation": "ABVV",
        "personal_note": "Een zin.",
    }
    shapes = {}
    for lang in c.letter_languages:
        body = c.render(lang, values, c.recipients[0], dt.date(2026, 11, 27)).body
        shapes[lang] = [len(p.splitlines()) > 0 for p in body.split("\n\n")]
        assert "Ana" in body and "Een zin." in body
    assert len({len(s) for s in shapes.values()}) == 1, {k: len(v) for k, v in shapes.items()}


def test_letters_must_ask_for_the_same_fields(make_campaign) -> None:
    from composer.campaigns.campaign import validate

    fr = MINIMAL_LETTER.replace("{{ name }}{% if town %}, {{ town }}{% endif %}", "{{ name }}")
    problems = validate(make_campaign({"letters/fr.txt.j2": fr}))
    assert [(p.code, p.file) for p in problems] == [("letter-fields-differ", "letters/fr.txt.j2")]
    assert "missing: town" in problems[0].text
