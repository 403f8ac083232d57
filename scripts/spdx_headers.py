# SPDX-License-Identifier: GPL-3.0-or-later
"""Put the project's SPDX licence identifier at the top of each of its source files (.py,
.spec, .sh): the first line, or the second after a #! line. Run it again after adding
files; a test checks that none lacks it.

    python scripts/spdx_headers.py           # add it where it is missing
    python scripts/spdx_headers.py --check   # name the files without it, exit 1 if any
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = "# SPDX-License-Identifier: GPL-3.0-or-later"
SUFFIXES = {".py", ".spec", ".sh"}
# Build products, environments and caches: not the project's sources.
SKIP = {"build", "dist", "node_modules", "__pycache__"}


def sources(root: Path = ROOT) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if any(p in SKIP or (p.startswith(".") and p != ".ci") for p in parts[:-1]):
            continue
        if path.suffix in SUFFIXES and path.is_file():
            found.append(path)
    return found


def has_header(text: str) -> bool:
    return HEADER in text.splitlines()[:2]


def with_header(text: str) -> str:
    if text.startswith("#!"):
        shebang, _, rest = text.partition("\n")
        return f"{shebang}\n{HEADER}\n{rest}"
    return f"{HEADER}\n{text}"


def missing(root: Path = ROOT) -> list[Path]:
    return [p for p in sources(root) if not has_header(p.read_text(encoding="utf-8"))]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--check", action="store_true", help="change nothing; exit 1 if any lacks it")
    args = p.parse_args(argv)
    lacking = missing()
    for path in lacking:
        if args.check:
            print(path.relative_to(ROOT))
        else:
            path.write_text(with_header(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 1 if args.check and lacking else 0


if __name__ == "__main__":
    sys.exit(main())
