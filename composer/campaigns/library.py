# SPDX-License-Identifier: GPL-3.0-or-later
"""The campaigns the app knows: the built-in ones and those the user opened.

Every caller, the window and the command line alike, asks the Library for a campaign, and
only the Library decides whether it is validated now or taken prepared (`Library._open`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from composer.campaigns import prepared
from composer.campaigns.bundle import read_bundle
from composer.campaigns.campaign import Campaign, from_bundle
from composer.campaigns.manifest import Verdict, verify_read_bundle
from composer.paths import builtin_campaigns_dir, data_dir, write_atomic
from composer.problems import ComposerError, InputError, Problem

if TYPE_CHECKING:
    from composer.campaigns.trust import PinStore

MAX_REMEMBERED = 50


@dataclass
class Library:
    """Finds campaigns by id or path; remembers opened bundles in the user's data folder."""

    builtin_dir: Path
    state_file: Path
    # The signature's verdict on each campaign opened, from the very bytes it was made of
    # (by its source; the pins are applied by composer/campaigns/trust.py when it is used).
    verdicts: dict[Path, Verdict] = field(default_factory=dict, repr=False)

    @classmethod
    def default(cls) -> Library:
        return cls(builtin_campaigns_dir(), data_dir() / "opened.json")

    def _open(self, path: Path | str | os.PathLike[str], builtin: bool) -> Campaign:
        """The campaign at path: the one seam where a prepared campaign is used.

        Validating a bundle (its TOML, every value, every letter compiled and rendered in
        the sandbox) gives the same answer for the same bytes under the same app version
        and sandbox. So a campaign that passed is kept as prepared data under a digest of
        all three (composer/campaigns/prepared.py), and when the very same bytes are opened again it
        is taken from there, letters compiled only when first rendered: a start on a
        campaign opened before reads no TOML and compiles no template before its window is
        drawn. Any other bytes, a damaged or missing entry: validated afresh (and kept).
        `composer.campaigns.campaign.validate` (the CLI's `validate`) always checks afresh.
        """
        bundle = read_bundle(path)
        key = prepared.bundle_key(bundle)
        campaign = prepared.load(bundle, key)
        if campaign is None:
            campaign = from_bundle(bundle)
            prepared.store(key, campaign)
        campaign.builtin = builtin
        self.verdicts[Path(campaign.source)] = verify_read_bundle(bundle, campaign)
        return campaign

    def verdict(self, campaign: Campaign) -> Verdict:
        """What the signature of this campaign, as it was opened, says (before the pins)."""
        found = self.verdicts.get(Path(campaign.source))
        if found is None:
            found = verify_read_bundle(read_bundle(campaign.source))
        return found

    def trust(
        self, campaign: Campaign, pins: PinStore | None = None, *, record: bool = True
    ) -> Verdict:
        """How far this campaign may be trusted: its signature's verdict with the pins
        applied (composer/campaigns/trust.py); a built-in campaign is trusted as part of
        the app, and its id is reserved. `record`: a trusted update is recorded now (the
        window records it once it has shown what changed)."""
        from composer.campaigns import trust

        return trust.assess(
            self.verdict(campaign),
            pins or trust.PinStore.default(),
            record=record,
            campaign=campaign,
            builtin=campaign.builtin,
            reserved=() if campaign.builtin else self.builtin_ids(),  # none to list
        )

    def builtin_ids(self) -> set[str]:
        """The ids of the campaigns that come with the app (each folder is named by its
        id: tests/campaigns/test_trust.py checks it)."""
        return {p.name for p in self.builtin_paths()}

    def is_builtin(self, path: str | os.PathLike[str]) -> bool:
        """True for a campaign folder shipped with the app."""
        return Path(path).resolve().parent == self.builtin_dir.resolve()

    def load(self, path: str | os.PathLike[str]) -> Campaign:
        """Load the bundle at path, marked built-in when it is one of ours."""
        return self._open(path, self.is_builtin(path))

    def builtin_paths(self) -> list[Path]:
        if not self.builtin_dir.is_dir():
            return []
        return sorted(p for p in self.builtin_dir.iterdir() if (p / "campaign.toml").is_file())

    def opened_paths(self) -> list[Path]:
        try:
            import json

            items = json.loads(self.state_file.read_text("utf-8"))
        except (OSError, ValueError):
            return []
        return [Path(p) for p in items if isinstance(p, str)] if isinstance(items, list) else []

    def remember(self, path: str | os.PathLike[str]) -> None:
        """Put an opened bundle first in the list (built-in ones need no remembering)."""
        p = Path(path).resolve()
        if self.is_builtin(p):
            return
        items = [str(p)] + [str(q) for q in self.opened_paths() if q != p]
        import json

        write_atomic(self.state_file, json.dumps(items[:MAX_REMEMBERED], indent=1).encode())

    def campaigns(self) -> list[Campaign]:
        """Every campaign that loads; a remembered bundle that moved or broke is left out."""
        found: list[Campaign] = []
        seen: set[Path] = set()
        for path, builtin in [(p, True) for p in self.builtin_paths()] + [
            (p, False) for p in self.opened_paths()
        ]:
            if path in seen:
                continue
            seen.add(path)
            try:
                found.append(self._open(path, builtin))
            except ComposerError:
                continue
        return found

    def default_campaign(self) -> Campaign:
        paths = self.builtin_paths()
        if not paths:
            raise InputError(Problem("no-such-campaign", args={"value": "(built-in)"}))
        return self._open(paths[0], True)

    def resolve(self, ref: str | None) -> Campaign:
        """A campaign by id (built-in or opened) or by path; the built-in one when ref is None."""
        if ref is None:
            return self.default_campaign()
        if not ref.strip():
            raise InputError(Problem("no-such-campaign", args={"value": ref}))
        if os.sep in ref or "/" in ref or ref.endswith(".campaign") or Path(ref).exists():
            return self.load(ref)
        for path in self.builtin_paths():
            if path.name == ref:
                return self._open(path, True)
        for campaign in self.campaigns():
            if campaign.id == ref:
                return campaign
        raise InputError(Problem("no-such-campaign", args={"value": ref}))
