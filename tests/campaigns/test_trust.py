# SPDX-License-Identifier: GPL-3.0-or-later
"""Pinning a campaign's key per id: trust on first use, updates, key changes, rollbacks."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from composer import cli
from composer.campaigns.manifest import MANIFEST, SIGNATURE, sign_folder, verify_bundle
from composer.campaigns.signing import SecretKey
from composer.campaigns.trust import PinStore, TrustError, assess, pin

from .test_signing import ID, make_campaign, minisign, minisign_sign

pytestmark = pytest.mark.skipif(shutil.which("minisign") is None, reason="needs minisign")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def signed(where: Path, key: SecretKey, version: int = 3) -> Path:
    folder = make_campaign(where, key.public.line, version)
    sign_folder(folder, key)
    return folder


def verify_json(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, dict[str, object]]:
    code, out, _ = run(capsys, "campaign", "verify", str(path), "--json")
    return code, json.loads(out)


def pins() -> PinStore:
    return PinStore.default()


def test_new_key_then_trust_then_trusted(tmp_path: Path, capsys) -> None:
    pub, sec = tmp_path / "k.pub", tmp_path / "k.key"
    assert minisign("-G", "-W", "-p", str(pub), "-s", str(sec)).returncode == 0
    line = pub.read_text().splitlines()[-1]
    folder = make_campaign(tmp_path / "c", line)
    minisign_sign(folder, sec, f"campaign={ID} version=3")
    code, data = verify_json(capsys, folder)
    assert (code, data["status"], data["pinned_key"]) == (0, "new-key", None)
    code, out, _ = run(capsys, "campaign", "trust", str(folder))
    assert code == 0 and "trusted" in out
    code, data = verify_json(capsys, folder)
    assert (code, data["status"], data["key"], data["id"]) == (0, "trusted", line, ID)
    assert (data["pinned_key"], data["pinned_version"]) == (line, 3)
    assert pins().get(ID) is not None and pins().get(ID).key == line  # type: ignore[union-attr]
    assert os.stat(pins().path).st_mode & 0o077 == 0
    # trusting it again changes nothing and is fine
    assert run(capsys, "campaign", "trust", str(folder))[0] == 0


def test_trust_with_the_key_given_ahead(tmp_path: Path, capsys) -> None:
    key, other = SecretKey.generate(), SecretKey.generate()
    folder = signed(tmp_path / "c", key)
    code, _, err = run(capsys, "campaign", "trust", str(folder), "--key", other.public.line)
    assert code == 1 and "key mismatch" in err and pins().get(ID) is None
    code, _, err = run(capsys, "campaign", "trust", str(folder), "--key", "RWnotakey")
    assert code == 1 and pins().get(ID) is None
    code, _, _ = run(capsys, "campaign", "trust", str(folder), "--key", key.public.line)
    assert code == 0 and pins().get(ID).key == key.public.line  # type: ignore[union-attr]
    assert verify_json(capsys, folder)[1]["status"] == "trusted"


def test_another_key_for_a_pinned_id_is_key_changed(tmp_path: Path, capsys) -> None:
    pinned = signed(tmp_path / "a", SecretKey.generate())
    assert run(capsys, "campaign", "trust", str(pinned))[0] == 0
    other = signed(tmp_path / "b", SecretKey.generate(), version=4)
    code, data = verify_json(capsys, other)
    assert (code, data["status"]) == (1, "key-changed")
    assert "pinned" in str(data["reason"])
    code, out, err = run(capsys, "render", "--campaign", str(other), "--set", "name=Ana")
    assert code == 1 and out == "" and "key-changed" in err and len(err.splitlines()) == 1
    code, _, err = run(capsys, "campaign", "trust", str(other))
    assert code == 1 and "key-changed" in err
    for command in ("mailto", "pdf"):
        extra = ["-o", str(tmp_path / "x.pdf")] if command == "pdf" else []
        code, _, err = run(capsys, command, "--campaign", str(other), "--set", "name=Ana", *extra)
        assert code == 1 and "key-changed" in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_lower_version_is_a_rollback(tmp_path: Path, capsys) -> None:
    key = SecretKey.generate()
    newer = signed(tmp_path / "new", key, version=5)
    older = signed(tmp_path / "old", key, version=4)
    assert run(capsys, "campaign", "trust", str(newer))[0] == 0
    code, data = verify_json(capsys, older)
    assert (code, data["status"], data["pinned_version"]) == (1, "rollback", 5)
    code, _, err = run(capsys, "mailto", "--campaign", str(older), "--set", "name=Ana")
    assert code == 1 and "rollback" in err
    assert run(capsys, "campaign", "trust", str(older))[0] == 1


def test_a_higher_version_by_the_pinned_key_is_an_update(tmp_path: Path, capsys) -> None:
    key = SecretKey.generate()
    first = signed(tmp_path / "v3", key, version=3)
    assert run(capsys, "campaign", "trust", str(first))[0] == 0
    update = signed(tmp_path / "v4", key, version=4)
    code, data = verify_json(capsys, update)
    assert (code, data["status"]) == (0, "trusted")
    assert "update" in str(data["reason"])
    assert pins().get(ID).version == 4  # type: ignore[union-attr]
    # and the old one is now a rollback
    assert verify_json(capsys, first)[1]["status"] == "rollback"


def test_an_unsigned_bundle_claiming_a_pinned_id_is_refused(tmp_path: Path, capsys) -> None:
    pinned = signed(tmp_path / "a", SecretKey.generate())
    assert run(capsys, "campaign", "trust", str(pinned))[0] == 0
    unsigned = make_campaign(tmp_path / "b", SecretKey.generate().public.line, version=9)
    assert not (unsigned / SIGNATURE).exists()
    code, data = verify_json(capsys, unsigned)
    assert (code, data["status"]) == (1, "key-changed")
    assert "not signed" in str(data["reason"])
    code, _, err = run(capsys, "render", "--campaign", str(unsigned), "--set", "name=Ana")
    assert code == 1 and "key-changed" in err and "not signed" in err
    code, _, err = run(capsys, "campaign", "trust", str(unsigned))
    assert code == 1


def test_an_unsigned_or_invalid_bundle_cannot_be_trusted(tmp_path: Path, capsys) -> None:
    unsigned = make_campaign(tmp_path / "u", SecretKey.generate().public.line)
    code, _, err = run(capsys, "campaign", "trust", str(unsigned))
    assert code == 1 and "not signed" in err
    broken = signed(tmp_path / "b", SecretKey.generate())
    (broken / "extra.txt").write_text("added later")
    code, _, err = run(capsys, "campaign", "trust", str(broken))
    assert code == 1 and "invalid" in err and pins().get(ID) is None
    code, _, err = run(capsys, "render", "--campaign", str(broken), "--set", "name=Ana")
    assert code == 1 and "invalid" in err


def test_pins_are_per_campaign_id(tmp_path: Path) -> None:
    key = SecretKey.generate()
    folder = signed(tmp_path / "a", key)
    store = PinStore(tmp_path / "pins.json")
    pin(verify_bundle(folder), store)
    store.set("another-campaign", SecretKey.generate().public.line, 1)
    assert assess(verify_bundle(folder), store).status == "trusted"
    store2 = PinStore(tmp_path / "pins2.json")
    store2.set("another-campaign", key.public.line, 1)
    assert assess(verify_bundle(folder), store2).status == "new-key"


def test_a_damaged_pins_file_is_an_error_not_no_pins(tmp_path: Path, capsys) -> None:
    folder = signed(tmp_path / "a", SecretKey.generate())
    store = pins()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text("{not json")
    with pytest.raises(TrustError, match="damaged"):
        assess(verify_bundle(folder), store)
    code, _, err = run(capsys, "campaign", "verify", str(folder))
    assert code == 1 and "damaged" in err


def test_closed_campaign_send_is_refused_before_the_account(tmp_path: Path, capsys) -> None:
    folder = make_campaign(tmp_path / "c", SecretKey.generate().public.line)
    toml = folder / "campaign.toml"
    text = toml.read_text("utf-8").replace("version = 3\n", 'version = 3\nstatus = "closed"\n')
    toml.write_text(text + '\n[closed_note]\nen = "Released on\\n1 May."\n', "utf-8")
    code, out, err = run(capsys, "send", "--campaign", str(folder), "--yes")
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [
        f"{cli.PROG}: campaign {ID} is closed; it asks for no more letters: Released on 1 May."
    ]


def test_an_unsigned_campaign_renders_with_a_notice(tmp_path: Path, capsys) -> None:
    folder = make_campaign(tmp_path / "c", SecretKey.generate().public.line)
    assert not (folder / MANIFEST).exists()
    code, out, err = run(capsys, "render", "--campaign", str(folder), "--set", "name=Ana Lima")
    assert code == 0 and "Ana Lima" in out
    notice = [line for line in err.splitlines() if "not signed" in line]
    assert len(notice) == 1 and notice[0].startswith(f"{cli.PROG}: note:")


def test_the_builtin_campaign_is_trusted_without_a_notice(capsys) -> None:
    code, out, err = run(capsys, "render", "--set", "name=Ana Lima")
    assert code == 0 and "Ana Lima" in out and "not signed" not in err


def edit_toml(folder: Path, old: str, new: str) -> None:
    toml = folder / "campaign.toml"
    text = toml.read_text("utf-8")
    assert old in text
    toml.write_text(text.replace(old, new, 1), "utf-8")


def test_an_update_lists_what_changed(tmp_path: Path, capsys) -> None:
    key = SecretKey.generate()
    first = signed(tmp_path / "v3", key, version=3)
    assert run(capsys, "campaign", "trust", str(first))[0] == 0
    assert pins().get(ID).seen is not None  # type: ignore[union-attr]
    update = make_campaign(tmp_path / "v4", key.public.line, version=4)
    edit_toml(update, "bolat.temirbayev@gmail.com", "embassy@example.org")
    edit_toml(
        update,
        "[[recipients]]",
        '[[recipients]]\nname = "Someone new"\nemail = "new@example.net"\n\n[[recipients]]',
    )
    letter = update / "letters" / "en.txt.j2"
    letter.write_text(letter.read_text("utf-8") + "\nOne more line.\n", "utf-8")
    sign_folder(update, key)
    code, data = verify_json(capsys, update)
    assert (code, data["status"]) == (0, "trusted")
    changes = data["changes"]
    assert changes["recipients_added"] == [{"name": "Someone new", "email": "new@example.net"}]
    assert changes["recipients_removed"] == []
    assert changes["addresses_changed"] == [
        {
            "name": "Embassy of the Republic of Kazakhstan in Belgium",
            "old": "bolat.temirbayev@gmail.com",
            "new": "embassy@example.org",
        }
    ]
    assert (changes["letters_changed"], changes["appeals_changed"]) == (["en"], [])
    assert (changes["closed"], changes["reopened"]) == (False, False)
    # Recorded: the same bundle again is trusted with nothing new, the old one a rollback.
    assert verify_json(capsys, update)[1]["changes"] is None
    assert verify_json(capsys, first)[1]["status"] == "rollback"
    # The text form says it too, one change a line.
    closing = make_campaign(tmp_path / "v5", key.public.line, version=5)
    edit_toml(closing, "version = 5\n", 'version = 5\nstatus = "closed"\n')
    (closing / "appeal" / "fr.md").write_text("Merci !\n", "utf-8")
    sign_folder(closing, key)
    code, out, _ = run(capsys, "campaign", "verify", str(closing))
    assert code == 0
    assert "  changed: appeal changed: fr" in out.splitlines()
    assert "  changed: the campaign is now closed" in out.splitlines()
    assert "  changed: recipient removed: Someone new <new@example.net>" in out.splitlines()


def test_a_pin_without_a_snapshot_still_pins(tmp_path: Path, capsys) -> None:
    """Pins written before snapshots existed (or with a damaged one) keep their key."""
    key = SecretKey.generate()
    first = signed(tmp_path / "v3", key, version=3)
    pins().set(ID, key.public.line, 3)
    doc = json.loads(pins().path.read_text())
    doc["campaigns"][ID]["seen"] = "damaged"
    pins().path.write_text(json.dumps(doc))
    assert pins().get(ID).seen is None  # type: ignore[union-attr]
    assert verify_json(capsys, first)[1]["status"] == "trusted"
    update = signed(tmp_path / "v4", key, version=4)
    code, data = verify_json(capsys, update)
    assert (code, data["status"], data["changes"]) == (0, "trusted", None)


def test_the_builtin_campaigns_id_is_reserved(tmp_path: Path, capsys) -> None:
    """A bundle from elsewhere claiming the built-in campaign's id (signed or not) is
    refused: it could pass a forgery off as the appeal that comes with the app."""
    from composer.campaigns.library import Library

    lib = Library.default()
    assert lib.builtin_ids() == {c.id for c in lib.campaigns() if c.builtin} == {"zhanartu-2012"}
    forged = shutil.copytree(lib.builtin_paths()[0], tmp_path / "forged")
    edit_toml(forged, "bolat.temirbayev@gmail.com", "collector@example.org")
    code, data = verify_json(capsys, forged)
    assert (code, data["status"], data["builtin"]) == (1, "key-changed", False)
    assert "comes with the app" in str(data["reason"])
    code, out, err = run(capsys, "render", "--campaign", str(forged), "--set", "name=Ana")
    assert (code, out) == (1, "") and "key-changed" in err
    key = SecretKey.generate()
    edit_toml(forged, 'id = "zhanartu-2012"\n', 'id = "zhanartu-2012"\nversion = 9\n')
    edit_toml(forged, 'name = "Lutte Socialiste"\n', f'name = "L S"\nkey = "{key.public.line}"\n')
    sign_folder(forged, key)
    assert verify_json(capsys, forged)[1]["status"] == "key-changed"
    code, _, err = run(capsys, "campaign", "trust", str(forged))
    assert code == 1 and "comes with the app" in err
    assert pins().all() == {}


def test_a_closed_campaign_holds_its_waiting_letters(tmp_path: Path, capsys) -> None:
    """Letters queued before the campaign closed are held as soon as the closed version is
    used, with the organiser's note as the reason; nothing is deleted."""
    import re

    from composer.account.accounts import Account
    from composer.campaigns.campaign import load_campaign
    from composer.data.drafts import Draft
    from composer.data.store import Store
    from composer.mail.outbox import Outbox
    from composer.mail.sending import plan

    def example_addresses(folder: Path) -> None:  # never the campaign's real recipients
        toml = folder / "campaign.toml"
        n = iter(range(100))
        text = re.sub(
            r'(?m)^email = "[^"]*"',
            lambda _: f'email = "r{next(n)}@example.org"',
            toml.read_text("utf-8"),
        )
        toml.write_text(text, "utf-8")

    key = SecretKey.generate()
    first = make_campaign(tmp_path / "v3", key.public.line, version=3)
    example_addresses(first)
    sign_folder(first, key)
    assert run(capsys, "campaign", "trust", str(first))[0] == 0
    campaign = load_campaign(first)
    assert all(r.email.endswith("@example.org") for r in campaign.recipients)
    draft = Draft.new(campaign)
    draft.values.update(name="Ana", town="Liège")
    account = Account("ana@example.org", "Ana", "127.0.0.1", 2525, "starttls", "ana", "")
    outbox = Outbox(Store())
    queued = outbox.enqueue(ID, plan(campaign, draft, account))
    closed = make_campaign(tmp_path / "v4", key.public.line, version=4)
    example_addresses(closed)
    edit_toml(closed, "version = 4\n", 'version = 4\nstatus = "closed"\n')
    (closed / "campaign.toml").write_text(
        (closed / "campaign.toml").read_text("utf-8") + '\n[closed_note]\nen = "Released."\n'
    )
    sign_folder(closed, key)
    code, out, err = run(capsys, "send", "--campaign", str(closed), "--yes")
    assert out == ""
    assert code == 1 and "is closed" in err and f"{len(queued)} letter(s)" in err
    assert {(i.state, i.last_error) for i in outbox.items()} == {("held", "Released.")}
    assert len(outbox.items()) == len(queued)
