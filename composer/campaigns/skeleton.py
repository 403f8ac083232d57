# SPDX-License-Identifier: GPL-3.0-or-later
"""A new campaign's first files (`letter-composer-cli campaign new`), from the templates in
resources/new-campaign/ (composer/resources once installed: the wheel and the frozen app
carry them with the rest of the resources).

The skeleton is a whole campaign: it validates, renders and can be signed as it is, so an
organiser changes a working campaign rather than fills in a blank one. Its texts are in
English or French; another language gets the English texts under its own code, to be
translated.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from composer.addresses import is_language
from composer.campaigns.campaign import _ID
from composer.paths import resources_dir

# The languages the templates are written in.
LANGUAGES = ("en", "fr")
FALLBACK = "en"


class SkeletonError(Exception):
    """The skeleton cannot be written there, or with these values (the reason, one line)."""


@dataclass(frozen=True)
class Skeleton:
    folder: Path
    id: str
    language: str
    files: tuple[str, ...]  # as written, relative to folder
    translated: bool  # False: the texts are English, under another language's code


def templates_dir() -> Path:
    return resources_dir() / "new-campaign"


def id_from_name(name: str) -> str:
    """A campaign id made of a folder's name: `Free Ana Lima!` gives `free-ana-lima`,
    `Libérez` gives `liberez`; "" when nothing usable is left."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def new_campaign(
    folder: str | os.PathLike[str], campaign_id: str | None = None, language: str = "en"
) -> Skeleton:
    """Write a campaign skeleton into folder (made if missing; refused unless empty)."""
    root = Path(folder)
    if not is_language(language):
        raise SkeletonError(f"--language {language!r} is not a language code (like en, fr, pt-br)")
    if campaign_id is None:
        campaign_id = id_from_name(root.resolve().name)
        if not campaign_id:
            raise SkeletonError(
                f"cannot make a campaign id from the folder name {root.resolve().name!r}: "
                "give one with --id"
            )
    elif not _ID.fullmatch(campaign_id):
        raise SkeletonError(
            f"--id {campaign_id!r} is not a campaign id: lowercase letters, digits and "
            "hyphens (like free-ana-lima)"
        )
    if root.exists() and not root.is_dir():
        raise SkeletonError(f"{root} exists and is not a folder")
    if root.is_dir() and any(root.iterdir()):
        raise SkeletonError(f"{root} is not empty; give a new or empty folder")

    source = templates_dir() / (language if language in LANGUAGES else FALLBACK)
    targets = {
        "campaign.toml": "campaign.toml",
        "appeal.md": f"appeal/{language}.md",
        "letter.txt.j2": f"letters/{language}.txt.j2",
    }
    root.mkdir(parents=True, exist_ok=True)
    for template, target in targets.items():
        text = (source / template).read_text("utf-8")
        text = text.replace("@ID@", campaign_id).replace("@LANG@", language)
        path = root / target
        path.parent.mkdir(exist_ok=True)
        # newline="\n": the same bytes on every system, so the same MANIFEST.
        with open(path, "x", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    return Skeleton(root, campaign_id, language, tuple(targets.values()), language in LANGUAGES)
