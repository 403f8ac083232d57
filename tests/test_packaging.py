# SPDX-License-Identifier: GPL-3.0-or-later
"""What the Linux package says of the app agrees with the app: the AppStream id is the
.desktop file's, in the seven languages, with this version's release notes; the Debian
changelog is at this version; the manual pages describe every option of both parsers.
(lintian and appstreamcli check the built package in CI, .ci/run.)"""

from __future__ import annotations

import argparse
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from composer import __version__
from composer.cli import _parser as cli_parser
from ui.app import _parser as app_parser

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
LANGS = {"fr", "nl", "de", "es", "ru", "kk"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_metainfo_and_desktop_file_agree() -> None:
    [metainfo] = LINUX.glob("*.metainfo.xml")
    [desktop] = LINUX.glob("*.desktop")
    root = ET.parse(metainfo).getroot()
    app_id = root.findtext("id")
    assert metainfo.name == f"{app_id}.metainfo.xml" and desktop.name == f"{app_id}.desktop"
    assert root.findtext("launchable[@type='desktop-id']") == desktop.name
    assert f'setDesktopFileName("{app_id}")' in (ROOT / "ui" / "app.py").read_text()
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert "application/x-letter-composer-campaign" in desktop.read_text()
    assert root.findtext("provides/mediatype") == "application/x-letter-composer-campaign"
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.find("releases/release").get("version") == __version__

    def langs(elements) -> set[str]:
        return {e.get(XML_LANG) for e in elements} - {None}

    assert langs(root.findall("summary")) == LANGS
    paragraphs = root.findall("description/p")
    assert len(paragraphs) == 2 * (1 + len(LANGS)) and langs(paragraphs) == LANGS
    for shot in root.findall("screenshots/screenshot"):
        assert langs(shot.findall("caption")) == LANGS
        assert len(shot.findall("caption")) == 1 + len(LANGS)


def test_debian_changelog_is_at_this_version() -> None:
    top = (LINUX / "changelog").read_text().splitlines()[0]
    assert re.fullmatch(rf"letter-composer \({re.escape(__version__)}-\d+\) \w+; urgency=\w+", top)


def test_manual_pages_describe_every_option_of_both_parsers() -> None:
    spec = importlib.util.spec_from_file_location("manpages", ROOT / "scripts" / "manpages.py")
    manpages = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(manpages)
    for name, make in (("letter-composer", app_parser), ("letter-composer-cli", cli_parser)):
        page = manpages.page(name).replace("\\-", "-")
        assert page.startswith(f".TH {name.upper()} 1 ")
        parsers = [make()]
        while parsers:
            parser = parsers.pop()
            for action in parser._actions:
                for option in action.option_strings:
                    assert option in page, (name, parser.prog, option)
                if isinstance(action, argparse._SubParsersAction):
                    for sub in action.choices.values():
                        assert f".SS {sub.prog}" in page, sub.prog
                        parsers.append(sub)
