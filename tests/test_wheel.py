# SPDX-License-Identifier: GPL-3.0-or-later
"""`pip install .` gives the whole app: the wheel, built from a clean copy of the sources
(no compiled translations in it) and installed in a fresh virtual environment, finds its
campaign, provider table, icons and translations inside itself, not in this checkout."""

from __future__ import annotations

import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What `pip install .` reads; build products and byte code stay behind.
SOURCES = ("composer", "ui", "resources", "translations", "pyproject.toml", "setup.py", "README.md",
           "LICENSE")  # fmt: skip
SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")

# Run by the installed interpreter: where the app finds its things, and the Kazakh
# interface through the app's own Translations, as `--lang kk` installs it.
PROBE = """
import json, sys
import composer, ui
from composer.paths import resources_dir
from ui.i18n import Translations, translations_dir
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
used = Translations(app).use("kk")
print(json.dumps({
    "composer": composer.__file__,
    "ui": ui.__file__,
    "resources": str(resources_dir()),
    "translations": sorted(p.name for p in translations_dir().glob("*.qm")),
    "kk": used,
    "details": QCoreApplication.translate("LetterPane", "Your details"),
}))
"""


def run(args: list[str | Path], cwd: Path, env: dict[str, str]) -> str:
    out = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, f"{args}\n{out.stdout}\n{out.stderr}"
    return out.stdout


@pytest.mark.skipif(os.name == "nt", reason="the paths of a POSIX virtual environment")
def test_installed_wheel_is_the_whole_app(tmp_path: Path) -> None:
    version = importlib.metadata.version("setuptools")
    if tuple(int(n) for n in version.split(".")[:2]) < (70, 1):
        pytest.fail(f"setuptools {version} cannot build a wheel alone: pip install -e '.[test]'")
    src = tmp_path / "src"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=SKIP)
        else:
            shutil.copy2(ROOT / name, src / name)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    work = tmp_path / "work"  # outside the checkout: nothing found by accident there
    work.mkdir()

    # Offline and without a second PySide6: this environment's setuptools and lrelease.
    pip = [sys.executable, "-m", "pip"]
    run([*pip, "wheel", "--no-deps", "--no-index", "--no-build-isolation", "-w", tmp_path, src],
        work, env)  # fmt: skip
    wheel = next(tmp_path.glob("letter_composer-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        meta = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
    # The licence: named in the metadata, its text beside it and with the notices.
    assert b"\nLicense-Expression: GPL-3.0-or-later\n" in meta
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "composer/resources/licences/NOTICES.txt" in names

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv], work, env)
    python = venv / "bin" / "python"
    run([*pip, "--python", python, "install", "--no-deps", "--no-index", wheel], work, env)
    # The third-party packages (PySide6, jinja2, ...) from this environment. A directory
    # named in a .pth file has its own .pth files ignored: the editable install of the
    # checkout, if there is one, stays out.
    site = run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], work, env)
    ours = [p for p in sys.path if Path(p).name in ("site-packages", "dist-packages")]
    (Path(site.strip()) / "test-environment.pth").write_text("\n".join(ours) + "\n")

    found = json.loads(run([python, "-c", PROBE], work, env))
    for key in ("composer", "ui", "resources"):
        assert Path(found[key]).is_relative_to(venv), (key, found[key])
    assert found["translations"] == [
        f"letter_composer_{lang}.qm" for lang in ("de", "en", "es", "fr", "kk", "nl", "ru")
    ]
    assert found["kk"] == "kk"
    assert found["details"] == "Сіздің деректеріңіз"
    resources = Path(found["resources"])
    assert (resources / "providers" / "NOTICE").is_file()
    assert list((resources / "icons" / "hicolor").glob("*/letter-composer.png"))

    campaigns = json.loads(run([venv / "bin" / "letter-composer-cli", "campaigns", "--json"],
                               work, env))  # fmt: skip
    builtin = [c for c in campaigns if c["builtin"]]
    assert [c["id"] for c in builtin] == ["zhanartu-2012"]
    assert Path(builtin[0]["path"]).is_relative_to(venv)
    provider = run([venv / "bin" / "letter-composer-cli", "providers", "a@gmail.com"], work, env)
    assert "smtp.gmail.com" in provider
    # campaign new writes from templates the wheel carries
    for lang in ("en", "fr"):
        skeleton = work / f"new-{lang}"
        cli_exe = venv / "bin" / "letter-composer-cli"
        run([cli_exe, "campaign", "new", skeleton, "--language", lang], work, env)
        assert (skeleton / "letters" / f"{lang}.txt.j2").is_file()
        run([cli_exe, "validate", skeleton], work, env)

    app = venv / "bin" / "letter-composer"
    shot = work / "shot.png"
    run([app, "--screenshot", shot, "--lang", "kk"], work, env)
    assert shot.read_bytes().startswith(b"\x89PNG")
    info = json.loads(run([app, "--diagnose"], work, env))
    assert info["languages"] == ["en", "fr", "nl", "de", "es", "ru", "kk"]
    assert info["campaigns"] == ["zhanartu-2012"]
