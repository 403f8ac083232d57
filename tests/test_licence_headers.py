# SPDX-License-Identifier: GPL-3.0-or-later
"""Every source file of the project names its licence the way tools read it (SPDX), as
scripts/spdx_headers.py writes it; a new file without it fails here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_source_file_has_the_spdx_header() -> None:
    spec = importlib.util.spec_from_file_location("spdx", ROOT / "scripts" / "spdx_headers.py")
    spdx = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(spdx)
    files = spdx.sources()
    assert ROOT / "composer" / "cli.py" in files and ROOT / "composer.spec" in files
    assert ROOT / "packaging" / "linux" / "build-deb.sh" in files
    lacking = [str(p.relative_to(ROOT)) for p in spdx.missing()]
    assert lacking == [], "run: python scripts/spdx_headers.py"
    assert spdx.with_header("#!/bin/sh\necho\n") == f"#!/bin/sh\n{spdx.HEADER}\necho\n"
