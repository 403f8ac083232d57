# SPDX-License-Identifier: GPL-3.0-or-later
"""The one build step pyproject.toml cannot declare: the interface's translations,
compiled from translations/*.ts into the wheel's ui/translations/ with PySide6's own
lrelease (the .qm files are build products, never in git), so that `pip install .` of a
clean checkout speaks every language. Everything else is in pyproject.toml."""

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCES = Path("translations")
# PySide6's own wrapper finds the lrelease it ships, on every platform.
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install reads the checkout's translations/ (make translations)
        out = Path(self.build_lib, "ui", "translations")
        out.mkdir(parents=True, exist_ok=True)
        for ts in sorted(SOURCES.glob("letter_composer_*.ts")):
            qm = out / ts.with_suffix(".qm").name
            self.announce(f"compiling {ts} -> {qm}", level=2)
            subprocess.run(
                [sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)], check=True
            )

    def get_source_files(self) -> list[str]:
        # An sdist carries the sources, so that a wheel built from it has translations too.
        return [*super().get_source_files(), *map(str, sorted(SOURCES.glob("*.ts")))]


setup(cmdclass={"build_py": BuildWithTranslations})
