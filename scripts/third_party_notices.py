# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the licences of Letter Composer and of everything it needs at run time, from what
is installed: resources/licences/NOTICES.txt (the wheel's copy, shown by Help › About ›
Licences), and for the frozen app the same plus the system libraries PyInstaller copied
(composer.spec) and a Debian machine-readable copyright file (packaging/linux/build-deb.sh).

    python scripts/third_party_notices.py            # rewrite resources/licences/NOTICES.txt
    python scripts/third_party_notices.py --check    # exit 1 when a component has no licence

The Python distributions are the closure of pyproject.toml's dependencies, as installed
(importlib.metadata): each one's licence files, read from its metadata. A component whose
licence text cannot be found stops the script: nothing ships without its notice.
"""

from __future__ import annotations

import argparse
import re
import shutil
import ssl
import subprocess
import sys
import sysconfig
import tomllib
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "licences" / "NOTICES.txt"
TEXTS = ROOT / "packaging" / "licences"
RULE = "=" * 78
# The wheels of Qt for Python ship no licence file; Qt is used under the LGPL-3.0, whose
# text refers to the GPL-3.0 (the project's own LICENSE).
NO_FILES = {
    "pyside6-essentials": ("LGPL-3.0.txt",),
    "shiboken6": ("LGPL-3.0.txt",),
}
CLASSIFIERS = {
    "MIT License": "MIT",
    "Apache Software License": "Apache-2.0",
    "Python Software Foundation License": "PSF-2.0",
}
LICENCE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.I)
# Debian's short names for the licences /usr/share/common-licenses holds: a copyright
# file refers to those instead of repeating them (as lintian asks).
COMMON = {
    "GPL-3.0-or-later": "GPL-3+",
    "LGPL-3.0-only": "LGPL-3",
    "Apache-2.0": "Apache-2.0",
    "MPL-2.0": "MPL-2.0",
}
COMMON_FILES = {
    "GPL-3+": "GPL-3",
    "LGPL-3": "LGPL-3",
    "Apache-2.0": "Apache-2.0",
    "MPL-2.0": "MPL-2.0",
}


# The terms of the GPL, LGPL and Apache licences, as a Debian package's copyright file may
# give them in full: Debian points to its own copies instead.
FULL_TERMS = re.compile(
    r"(?s)TERMS AND CONDITIONS(?: FOR [A-Z ,]+)?\n\s{0,40}(?:0\. |1\. Definitions)"
    r".*?END OF TERMS AND CONDITIONS"
)
COMMON_NOTE = "[The terms: on Debian systems, in /usr/share/common-licenses/.]"


# The licence names in a copyright file's License field: "A and (B or C)" → A, B, C.
LICENCE_SPLIT = re.compile(r",?\s+(?:and|or)\s+|[()]")


class MissingLicence(Exception):
    """A component the app ships has no licence text to ship with it."""


@dataclass
class Component:
    name: str
    version: str
    licence: str  # an SPDX expression where the component gives one
    texts: list[tuple[str, str]]  # (where the text comes from, the text)
    url: str = ""
    kind: str = "dist"  # project, python, dist, other (not Python), system (a library)
    files: list[str] = field(default_factory=list)  # bundled files (frozen app only)
    paths: list[str] = field(default_factory=list)  # where it is in the bundle, as patterns

    def section(self) -> str:
        head = [RULE, f"{self.name} {self.version}".rstrip(), f"Licence: {self.licence}"]
        if self.url:
            head.append(f"Home: {self.url}")
        if self.files:
            head.append("Bundled files: " + ", ".join(self.files))
        body = [f"--- {source} ---\n\n{text.strip()}\n" for source, text in self.texts]
        return "\n".join(head) + "\n\n" + "\n".join(body)


def project_version() -> str:
    text = (ROOT / "composer" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def runtime_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(r) for r in project["dependencies"]]


def runtime_distributions() -> list[metadata.Distribution]:
    """The installed distributions the app needs at run time: pyproject.toml's
    dependencies and theirs, on this platform (markers evaluated, no extras)."""
    env = {**default_environment(), "extra": ""}
    found: dict[str, metadata.Distribution] = {}
    todo = runtime_requirements()
    while todo:
        req = todo.pop()
        if req.marker is not None and not req.marker.evaluate(env):
            continue
        key = canonicalize_name(req.name)
        if key in found:
            continue
        try:
            dist = metadata.distribution(req.name)
        except metadata.PackageNotFoundError:
            raise MissingLicence(f"{req.name} is needed at run time but not installed") from None
        found[key] = dist
        todo.extend(Requirement(r) for r in dist.requires or [])
    return sorted(found.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def licence_expression(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    short = (meta.get("License") or "").strip()
    if short and "\n" not in short and len(short) < 80:
        return short
    classifiers = [
        c.rsplit(" :: ", 1)[-1]
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return " OR ".join(spdx(c, dist) for c in classifiers) or "see the text below"


def spdx(classifier: str, dist: metadata.Distribution) -> str:
    """A licence classifier's SPDX name; which BSD licence the text says."""
    if classifier == "BSD License":
        text = "".join(t for _, t in licence_texts(dist))
        return "BSD-3-Clause" if "Neither the name" in text else "BSD-2-Clause"
    return CLASSIFIERS.get(classifier, classifier)


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """The licence files a distribution ships, as its metadata names them (PEP 639's
    License-File, in .dist-info/licenses/ or, from older tools, .dist-info/ itself), else
    the licence-like files in its .dist-info folder."""
    name = canonicalize_name(dist.metadata["Name"])
    texts: list[tuple[str, str]] = []
    for entry in dist.metadata.get_all("License-File") or []:
        for candidate in (f"licenses/{entry}", entry):
            text = dist.read_text(candidate)
            if text and text.strip():
                texts.append((entry, text))
                break
    if not texts:
        for path in dist.files or []:
            if ".dist-info" in str(path.parent) and LICENCE_NAME.search(path.name):
                text = path.read_text(encoding="utf-8", errors="replace")
                if text.strip():
                    texts.append((path.name, text))
    if not texts and name in NO_FILES:
        for file in NO_FILES[name]:
            texts.append((f"{file} (the wheel ships no licence file)", read(TEXTS / file)))
    return texts


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def home(dist: metadata.Distribution) -> str:
    for url in dist.metadata.get_all("Project-URL") or []:
        label, _, value = url.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return value.strip()
    return dist.metadata.get("Home-page") or ""


def python_component() -> Component:
    stdlib = Path(sysconfig.get_path("stdlib"))
    version = ".".join(map(str, sys.version_info[:3]))
    candidates = [
        stdlib / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
        Path(f"/usr/share/doc/python{sys.version_info[0]}.{sys.version_info[1]}/copyright"),
    ]
    for path in candidates:
        if path.is_file():
            return Component(
                "Python",
                version,
                "PSF-2.0",
                [(path.name, read(path))],
                "https://www.python.org/",
                kind="python",
            )
    raise MissingLicence(f"Python's licence is in none of {', '.join(map(str, candidates))}")


def other_components() -> list[Component]:
    """What is neither a Python distribution nor a system library: Qt's ICU, OpenSSL (in
    Python's ssl module and in cryptography's wheel), the provider table and the CLDR
    tables in resources/."""
    res = ROOT / "resources"
    qt = metadata.version("PySide6-Essentials")
    return [
        Component(
            f"ICU (in the Qt {qt} libraries of PySide6)",
            "",
            "Unicode-DFS-2016 AND ICU",
            [("ICU's LICENSE", read(TEXTS / "ICU.txt"))],
            "https://icu.unicode.org/",
            kind="other",
            paths=["_internal/PySide6/Qt/lib/libicu*", "_internal/libicu*"],
        ),
        Component(
            "OpenSSL",
            ssl.OPENSSL_VERSION.removeprefix("OpenSSL "),
            "Apache-2.0",
            [("Apache-2.0", read(TEXTS / "Apache-2.0.txt"))],
            "https://www.openssl.org/",
            kind="other",
        ),
        Component(
            "Thunderbird's ISPDB (resources/providers/providers.json)",
            "",
            "MPL-2.0",
            [
                ("NOTICE", read(res / "providers" / "NOTICE")),
                ("LICENSE.MPL-2.0", read(res / "providers" / "LICENSE.MPL-2.0")),
            ],
            "https://github.com/thunderbird/autoconfig",
            kind="other",
            paths=["_internal/composer/resources/providers/*"],
        ),
        Component(
            "Unicode CLDR (resources/dates/dates.json, resources/languages/names.json)",
            "",
            "Unicode-3.0",
            [
                ("dates/NOTICE", read(res / "dates" / "NOTICE")),
                ("languages/NOTICE", read(res / "languages" / "NOTICE")),
                ("LICENSE.unicode", read(res / "dates" / "LICENSE.unicode")),
            ],
            "https://cldr.unicode.org/",
            kind="other",
            paths=[
                "_internal/composer/resources/dates/*",
                "_internal/composer/resources/languages/*",
            ],
        ),
    ]


def debian_package(path: Path) -> str | None:
    """The Debian package a library file comes from (dpkg knows /lib and /usr/lib apart)."""
    tries = {str(path), str(path.resolve())}
    tries |= {t.removeprefix("/usr") for t in tries if t.startswith("/usr/lib")}
    tries |= {"/usr" + t for t in tries if t.startswith("/lib")}
    for candidate in sorted(tries):
        done = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].split(",")[0].strip()
    return None


def owners(
    binaries: list[tuple[str, str]], dists: list[metadata.Distribution]
) -> dict[str, list[str]]:
    """Who each bundled library (destination, source) belongs to: a Python distribution
    (its canonical name), Python itself ("python") or a Debian package ("deb:NAME")."""
    files: dict[Path, str] = {}
    for dist in dists:
        key = canonicalize_name(dist.metadata["Name"])
        for f in dist.files or []:
            files[Path(dist.locate_file(f)).resolve()] = key
    prefix = Path(sys.base_prefix).resolve()
    found: dict[str, list[str]] = {}
    unknown = []
    for dest, source in binaries:
        src = Path(source).resolve()
        if src in files:
            owner = files[src]
        elif src.is_relative_to(prefix):
            owner = "python"
        else:
            package = debian_package(Path(source)) if shutil.which("dpkg-query") else None
            if package is None:
                unknown.append(dest)
                continue
            owner = "deb:" + package
        found.setdefault(owner, []).append("_internal/" + dest.replace("\\", "/"))
    if unknown:
        raise MissingLicence("no licence found for the bundled " + ", ".join(sorted(unknown)))
    return found


def debian_component(package: str, files: list[str]) -> Component:
    """A library copied from the build machine, with its Debian package's copyright file."""
    version = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Version}", package], capture_output=True, text=True
    ).stdout.strip()
    copyright_file = Path("/usr/share/doc") / package / "copyright"
    if not copyright_file.is_file():
        raise MissingLicence(f"{package} (for {', '.join(files)}) has no {copyright_file}")
    text = copyright_file.read_text(encoding="utf-8", errors="replace")
    return Component(
        f"{package} (Debian)",
        version,
        debian_licences(text) or f"other-{package}",  # a copyright file in free form
        [(str(copyright_file), text)],
        kind="system",
        files=sorted(files),
    )


def paragraphs(text: str) -> list[dict[str, str]]:
    """The paragraphs of a Debian control-style file: field name → value (continuation
    lines kept, with their leading space)."""
    out = []
    for block in re.split(r"\n\s*\n", text):
        fields: dict[str, str] = {}
        last = None
        for line in block.splitlines():
            if line[:1] in (" ", "\t") and last:
                fields[last] += "\n" + line
            elif ":" in line and not line.startswith("#"):
                last, _, value = line.partition(":")
                last = last.strip()
                fields[last] = value.strip()
        if fields:
            out.append(fields)
    return out


def debian_licences(text: str) -> str:
    """The licence names a machine-readable Debian copyright file gives its files."""
    names = []
    if text.startswith("Format:"):
        for para in paragraphs(text):
            if "Files" in para and "License" in para:
                name = para["License"].split("\n", 1)[0].strip()
                if name and name not in names:
                    names.append(name)
    return " and ".join(f"({n})" if " " in n else n for n in names)


def components(binaries: list[tuple[str, str]] | None = None) -> list[Component]:
    """Every component with its licence texts; given the libraries a frozen app bundles,
    also the system libraries among them, and each component's bundled files."""
    project = Component(
        "Letter Composer",
        project_version(),
        "GPL-3.0-or-later",
        [("LICENSE", read(ROOT / "LICENSE"))],
        kind="project",
    )
    installed = runtime_distributions()
    bundled = owners(binaries, installed) if binaries is not None else {}
    dists = []
    for dist in installed:
        texts = licence_texts(dist)
        name = dist.metadata["Name"]
        if not texts:
            raise MissingLicence(f"{name} {dist.version} ships no licence file")
        part = Component(name, dist.version, licence_expression(dist), texts, home(dist))
        part.files = sorted(bundled.get(canonicalize_name(name), []))
        dists.append(part)
    python = python_component()
    python.files = sorted(bundled.get("python", []))
    system = [debian_component(k[4:], v) for k, v in sorted(bundled.items()) if k[:4] == "deb:"]
    return [project, python, *dists, *other_components(), *system]


def render(parts: list[Component]) -> str:
    head = (
        "Letter Composer: its licence, and the licences of what it includes\n\n"
        "Letter Composer is free software: you can redistribute it and/or modify it under\n"
        "the terms of the GNU General Public License as published by the Free Software\n"
        "Foundation, either version 3 of the License, or (at your option) any later\n"
        "version (GPL-3.0-or-later). It comes with NO WARRANTY; its full text follows.\n\n"
        "Then, for each part of other people's work the app includes or needs at run\n"
        "time, its licence, from the copy installed where this file was made\n"
        "(scripts/third_party_notices.py). No fonts are bundled: the app uses the\n"
        "system's.\n\nContents:\n"
    )
    listing = "".join(f"  {p.name} {p.version}".rstrip() + f": {p.licence}\n" for p in parts)
    return head + listing + "\n" + "\n".join(p.section() for p in parts)


def sections(notices: str) -> dict[str, str]:
    """The sections of a NOTICES.txt: a component's canonical name → its licence texts."""
    out = {}
    for block in notices.split(RULE + "\n")[1:]:
        head, _, body = block.partition("\n")
        name = head.rsplit(" ", 1)[0] if re.search(r" \d[\w.+-]*$", head) else head
        out[canonicalize_name(name)] = body.split("\n--- ", 1)[-1] if "\n--- " in body else ""
    return out


def missing(notices: str, dists: list[metadata.Distribution]) -> list[str]:
    """The distributions that have no licence text in a NOTICES.txt."""
    found = sections(notices)
    return [
        d.metadata["Name"]
        for d in dists
        if len(found.get(canonicalize_name(d.metadata["Name"]), "").strip()) < 100
    ]


def dep5_licence(expression: str) -> str:
    """An SPDX expression in a copyright file's words (Debian's names where it keeps the
    text in /usr/share/common-licenses)."""
    words = re.split(r"(\s+|[()])", expression)
    return "".join(COMMON.get(w, w.lower() if w in ("OR", "AND") else w) for w in words)


def dep5(parts: list[Component], bundle: str = "opt/letter-composer") -> str:
    """A machine-readable Debian copyright file (DEP-5) naming each bundled component's
    licence, for the frozen app's .deb. Texts Debian keeps in /usr/share/common-licenses
    are referred to, the others given; every component's own notices are in NOTICES.txt.
    The Python code of all distributions is in the executable's archive: they are named
    there, and those with libraries of their own again with their files."""
    texts: dict[str, str] = {}  # licence name → its text, for the standalone paragraphs

    def named(part: Component) -> str:
        licence = dep5_licence(part.licence)
        for name in LICENCE_SPLIT.split(licence):
            if name.strip():
                texts.setdefault(name.strip(), "\n\n".join(t for _, t in part.texts))
        return licence

    project, python = parts[0], parts[1]
    dists = [p for p in parts if p.kind == "dist"]
    inside = ", ".join(f"{d.name} {d.version} ({named(d)})" for d in dists)
    out = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Letter Composer\n"
        "Comment: A self-contained app under /" + bundle + ": Python, Qt for Python, the\n"
        " Python packages below and the system libraries they link to are bundled by\n"
        " PyInstaller. Every component's own notices and licence texts are in\n"
        " /usr/share/doc/letter-composer/NOTICES.txt (Help › About › Licences in the app).\n",
        paragraph("*", "The Letter Composer authors", named(project)),
        paragraph(
            f"{bundle}/letter-composer {bundle}/_internal/base_library.zip",
            "The Letter Composer authors; the Python Software Foundation; the authors"
            " of the packages in the comment",
            " and ".join(dict.fromkeys([named(project), named(python)])),
            "The executable's archive holds the Python code of Letter Composer, of"
            " Python's standard library and of: " + inside + ".",
        ),
    ]
    for part in parts[1:]:
        files = [f"{bundle}/{f}" for f in part.files]
        if part.kind == "system":
            package = f"{part.name.removesuffix(' (Debian)')} {part.version}"
            for name, text in debian_licence_texts(part.texts[0][1]).items():
                texts.setdefault(name, text)
            for name in LICENCE_SPLIT.split(part.licence):
                texts.setdefault(
                    name.strip(),
                    f"As Debian's {package} copyright file gives it, reproduced in full in"
                    " /usr/share/doc/letter-composer/NOTICES.txt.",
                )
            holders = f"The holders named in Debian's {package} copyright file (in NOTICES.txt)"
            out.append(
                paragraph(" ".join(files), holders, part.licence, f"From Debian's {package}.")
            )
        elif files or part.paths:
            holders = f"The authors of {part.name}"
            out.append(
                paragraph(
                    " ".join(files + [f"{bundle}/{p}" for p in part.paths]), holders, named(part)
                )
            )
    for name, text in texts.items():
        common = COMMON_FILES.get(name)
        if common:
            text = f"On Debian systems, the full text is in /usr/share/common-licenses/{common}."
        else:  # a Debian file's text of a GPL or Apache licence, with or without exception
            text = FULL_TERMS.sub(COMMON_NOTE, text)
        out.append(f"License: {name}\n{indent(text.strip() or 'See NOTICES.txt.')}\n")
    return "\n".join(out)


def debian_licence_texts(text: str) -> dict[str, str]:
    """The standalone licence paragraphs of a machine-readable Debian copyright file."""
    out = {}
    if text.startswith("Format:"):
        for para in paragraphs(text):
            name, _, body = para.get("License", "").partition("\n")
            if name.strip() and body.strip():  # standalone, or given with its files
                text = "\n".join(line[1:] for line in body.splitlines())
                out.setdefault(name.strip(), text)
    return out


def paragraph(files: str, holders: str, licence: str, comment: str = "") -> str:
    text = f"Files: {files}\nCopyright: {holders}\nLicense: {licence}\n"
    if comment:
        text += "Comment:\n" + indent(comment) + "\n"
    return text


def indent(text: str) -> str:
    """Continuation lines of a control field: a space before each, ' .' for a blank."""
    return "\n".join(f" {line}" if line.strip() else " ." for line in text.splitlines())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--output", type=Path, default=OUT, help=f"default: {OUT.relative_to(ROOT)}")
    p.add_argument("--check", action="store_true", help="find every licence, write nothing")
    args = p.parse_args(argv)
    try:
        parts = components()
    except MissingLicence as exc:
        print(f"third_party_notices: {exc}", file=sys.stderr)
        return 1
    if not args.check:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(render(parts), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
