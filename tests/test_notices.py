# SPDX-License-Identifier: GPL-3.0-or-later
"""The licences shipped with the app (resources/licences/NOTICES.txt, shown by Help › About
› Licences, carried by the wheel and the frozen app) cover everything it needs at run time:
every distribution in the closure of pyproject.toml's dependencies, as installed here, has
its licence text in them; a distribution without one fails this test."""

from __future__ import annotations

import importlib.util
import sys
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTICES = ROOT / "resources" / "licences" / "NOTICES.txt"


@pytest.fixture(scope="module")
def notices_script():
    spec = importlib.util.spec_from_file_location(
        "third_party_notices", ROOT / "scripts" / "third_party_notices.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


def test_every_runtime_distribution_has_its_licence_in_the_notices(notices_script) -> None:
    dists = notices_script.runtime_distributions()
    names = {notices_script.canonicalize_name(d.metadata["Name"]) for d in dists}
    # The closure, not a list by hand: keyring's own dependencies are in it.
    assert {"pyside6-essentials", "shiboken6", "jinja2", "markupsafe", "keyring"} <= names
    assert {"jaraco-classes", "platformdirs", "cryptography", "idna"} <= names
    assert "pytest" not in names and "aiosmtpd" not in names  # test tools are not shipped
    text = NOTICES.read_text(encoding="utf-8")
    assert notices_script.missing(text, dists) == [], "run: python scripts/third_party_notices.py"


def test_a_distribution_without_licence_text_is_found_missing(notices_script) -> None:
    text = NOTICES.read_text(encoding="utf-8")
    sections = text.split(notices_script.RULE + "\n")
    kept = [s for s in sections if not s.startswith("Jinja2 ")]
    assert len(kept) == len(sections) - 1
    jinja = metadata.distribution("jinja2")
    assert notices_script.missing(notices_script.RULE.join(kept), [jinja]) == ["Jinja2"]


def test_a_distribution_shipping_no_licence_stops_the_script(
    notices_script, tmp_path, monkeypatch
) -> None:
    info = tmp_path / "bare-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: bare\nVersion: 1.0\n")
    (info / "RECORD").write_text("bare-1.0.dist-info/METADATA,,\n")
    bare = metadata.PathDistribution(info)
    assert notices_script.licence_texts(bare) == []
    monkeypatch.setattr(notices_script, "runtime_distributions", lambda: [bare])
    with pytest.raises(notices_script.MissingLicence, match=r"bare 1\.0 ships no licence file"):
        notices_script.components()


def test_the_project_licence_comes_first_and_whole(notices_script) -> None:
    text = NOTICES.read_text(encoding="utf-8")
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8").strip()
    assert "GNU GENERAL PUBLIC LICENSE" in licence and "Version 3, 29 June 2007" in licence
    first = text.split(notices_script.RULE + "\n")[1]
    assert first.startswith("Letter Composer ") and "Licence: GPL-3.0-or-later" in first
    assert licence in first
    # Qt's wheel has no licence file: its LGPL-3.0 text comes from packaging/licences/.
    qt = notices_script.sections(text)["pyside6-essentials"]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt
    contents = text.split(notices_script.RULE)[0]
    for part in ("\n  Python 3.", "\n  OpenSSL ", "\n  ICU ", " ISPDB ", " CLDR "):
        assert part in contents, part
    assert "Mozilla Public License Version 2.0" in text


def test_bundled_libraries_are_traced_to_their_licences(notices_script, tmp_path) -> None:
    """What composer.spec hands over: each library PyInstaller collected, found in a
    Python distribution or in the Debian package that installed it; one from nowhere
    stops the build."""
    import markupsafe._speedups

    speedups = markupsafe._speedups.__file__
    libz = str(next(Path("/usr/lib").glob("*-linux-gnu/libz.so.1")))  # Debian's zlib1g
    parts = notices_script.components([("markupsafe/_speedups.so", speedups), ("libz.so.1", libz)])
    by_name = {p.name: p for p in parts}
    assert by_name["MarkupSafe"].files == ["_internal/markupsafe/_speedups.so"]
    zlib_part = by_name["zlib1g (Debian)"]
    assert zlib_part.files == ["_internal/libz.so.1"] and "Zlib" in zlib_part.texts[0][1]
    assert "\n  zlib1g (Debian) " in notices_script.render(parts)

    copyright_file = notices_script.dep5(parts)
    assert copyright_file.startswith("Format: https://www.debian.org/doc/packaging-manuals/")
    assert "\nFiles: opt/letter-composer/_internal/libz.so.1\n" in copyright_file
    paragraphs = copyright_file.split("\n\n")
    used = {
        name.strip()
        for p in paragraphs
        if p.startswith("Files:")
        for name in notices_script.LICENCE_SPLIT.split(p.split("\nLicense: ")[1].split("\n")[0])
        if name.strip()
    }
    defined = {
        p.split("\n")[0].removeprefix("License: ") for p in paragraphs if p.startswith("License:")
    }
    assert used <= defined and "GPL-3+" in used
    # Debian's own copies of the long licences are pointed to, never repeated (lintian).
    assert "/usr/share/common-licenses/GPL-3" in copyright_file
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" not in copyright_file

    stray = tmp_path / "libstray.so.1"
    stray.write_bytes(b"\x7fELF")
    with pytest.raises(notices_script.MissingLicence, match="libstray"):
        notices_script.components([("libstray.so.1", str(stray))])
