# SPDX-License-Identifier: GPL-3.0-or-later
"""The campaign model and its loader: every problem reported with its file and line."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer.addresses import is_control, is_email, is_language, normalise_email
from composer.campaigns.bundle import Bundle, read_bundle
from composer.problems import BundleError, ComposerError, InputError, Problem
from composer.templates.letter import (
    MAX_CAMPAIGN_TOKENS,
    CompiledLetter,
    Letter,
    TemplateSource,
    parse_template_file,
)

if TYPE_CHECKING:
    from composer.campaigns.prepared import LazyLetter
    from composer.campaigns.tomlmap import LineMap

FORMAT = 1
MANIFEST = "campaign.toml"
_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_FIELD_KEY = re.compile(r"[a-z][a-z0-9_]*")
RESERVED_KEYS = {"recipient", "today", "campaign", "sender", "loop", "range", "self"}
STATUSES = ("original", "reviewed", "draft")
SINGLE_LINE_MAX = 200
MULTI_LINE_MAX = 5000
# A real campaign has a handful of each; the caps keep a hostile bundle cheap to check.
MAX_RECIPIENTS = 200
MAX_FIELDS = 50
MAX_TEMPLATE_BYTES = 64 * 1024
# A postal address fits an envelope's window: a few short lines.
POSTAL_ADDRESS_MAX = 300
POSTAL_ADDRESS_LINES = 8
_FAX = re.compile(r"[0-9 +\-().]{1,40}")

_TOP_KEYS = {
    "format",
    "id",
    "original_language",
    "letter_language",
    "title",
    "summary",
    "organiser",
    "deadline",
    "url",
    "translations",
    "recipients",
    "fields",
    "version",
    "status",
    "closed_note",
}
CAMPAIGN_STATUSES = ("active", "closed")
_RECIPIENT_KEYS = {"name", "email", "salutation", "postal_address", "fax"}
_FIELD_KEYS = {"key", "required", "label", "multiline", "max_length", "placeholder", "default"}
_ORGANISER_KEYS = {"name", "email", "url", "key"}


@dataclass(frozen=True)
class Recipient:
    """Someone the letter goes to."""

    name: str
    email: str
    salutation: dict[str, str] = field(default_factory=dict)
    postal_address: str = ""  # lines separated by "\n", for a letter sent by post
    fax: str = ""

    def for_template(self, lang: str) -> dict[str, str]:
        return {"name": self.name, "email": self.email, "salutation": self.salutation.get(lang, "")}


@dataclass(frozen=True)
class Field:
    """A value the supporter fills in (their name, town, ...)."""

    key: str
    required: bool
    label: dict[str, str]
    multiline: bool = False
    max_length: int = SINGLE_LINE_MAX
    placeholder: dict[str, str] = field(default_factory=dict)
    default: str = ""


@dataclass(frozen=True)
class Organiser:
    name: str
    email: str = ""
    url: str = ""
    key: str = ""  # the minisign public key (the `RW...` line) that signs the campaign


def pick(texts: dict[str, str], langs: list[str] | tuple[str, ...], fallback: str = "") -> str:
    """The text in the first of langs that has one, else any text, else fallback."""
    for lang in langs:
        if texts.get(lang):
            return texts[lang]
    return next(iter(texts.values()), fallback)


@dataclass
class Campaign:
    """A loaded, validated campaign bundle."""

    id: str
    original_language: str
    letter_language: str
    title: dict[str, str]
    recipients: list[Recipient]
    fields: list[Field]
    appeals: dict[str, str]
    letters: dict[str, CompiledLetter | LazyLetter]
    translations: dict[str, str]
    source: Path
    kind: str
    summary: dict[str, str] = field(default_factory=dict)
    organiser: Organiser | None = None
    deadline: dt.date | None = None
    url: str = ""
    builtin: bool = False
    version: int | None = None  # raised by the organiser at each signed release
    campaign_status: str = "active"  # or "closed": the campaign asks for no more letters
    closed_note: dict[str, str] = field(default_factory=dict)

    @property
    def appeal_languages(self) -> list[str]:
        return sorted(self.appeals, key=lambda lang: (lang != self.original_language, lang))

    @property
    def letter_languages(self) -> list[str]:
        return sorted(self.letters, key=lambda lang: (lang != self.letter_language, lang))

    def title_for(self, lang: str) -> str:
        return pick(self.title, (lang, "en", self.original_language), self.id)

    def status(self, lang: str) -> str:
        """original, reviewed or draft: how far to trust this appeal translation."""
        return self.translations.get(
            lang, "original" if lang == self.original_language else "draft"
        )

    def field(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key), None)

    def label(self, f: Field, lang: str) -> str:
        return pick(f.label, (lang, "en", self.original_language), f.key)

    def check_values(self, values: dict[str, str], lang: str = "en") -> list[Problem]:
        """Problems with user-typed values: unknown keys, missing, line breaks, too long."""
        problems: list[Problem] = []
        known = {f.key for f in self.fields}
        for key in values:
            if key not in known:
                problems.append(Problem("unknown-field", args={"key": key}))
        for f in self.fields:
            value = values.get(f.key, "")
            label = self.label(f, lang)
            if f.required and not value.strip():
                problems.append(Problem("required-field", args={"label": label}))
            if not f.multiline and len(value.splitlines()) > 1:
                problems.append(Problem("value-line-break", args={"label": label}))
            if len(value) > f.max_length:
                problems.append(
                    Problem("value-too-long", args={"label": label, "limit": f.max_length})
                )
        return problems

    def template_values(self, values: dict[str, str]) -> dict[str, str]:
        """Every field key present (defaults for the missing), control characters removed."""
        out = {}
        for f in self.fields:
            raw = values.get(f.key, f.default)
            out[f.key] = clean_value(raw, f.multiline)
        return out

    def render(
        self,
        lang: str,
        values: dict[str, str],
        recipient: Recipient,
        today: dt.date | None = None,
        variant: int | None = None,
    ) -> Letter:
        """The letter for one recipient, as the template writes it (no hand edits), in the
        alternative wordings the seed `variant` chooses (None: the first ones)."""
        if lang not in self.letters:
            raise InputError(Problem("no-such-language", args={"lang": lang}))
        return self.letters[lang].render(
            self.template_values(values),
            recipient.for_template(lang),
            today or dt.date.today(),
            variant,
        )


def clean_value(value: str, multiline: bool) -> str:
    """Drop control characters (they can confuse mail tools); keep newlines where allowed."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    # Unicode's other line breaks would split a header line; make them plain newlines.
    lines = value.splitlines()
    if multiline:
        value = "\n".join(lines) + ("\n" if value.endswith("\n") else "")
    else:
        value = " ".join(line.strip() for line in lines)
    keep = "\n\t" if multiline else "\t"
    value = "".join(ch for ch in value if ch in keep or not is_control(ch))
    return value if multiline else value.replace("\t", " ")


def load_campaign(path: str | os.PathLike[str], builtin: bool = False) -> Campaign:
    """Read and validate a bundle; BundleError listing every problem when it is not valid.
    (The app asks its Library, which may take the campaign validated before.)"""
    campaign = from_bundle(read_bundle(path))
    campaign.builtin = builtin
    return campaign


def from_bundle(bundle: Bundle) -> Campaign:
    """Validate a bundle read into memory: the campaign, or BundleError with every problem."""
    campaign, problems = _load(bundle)
    if problems or campaign is None:
        raise BundleError(problems)
    return campaign


def validate(path: str | os.PathLike[str]) -> list[Problem]:
    """Every problem of the bundle at path (empty when it is valid)."""
    try:
        load_campaign(path)
    except ComposerError as exc:
        return exc.problems
    return []


class _Checker:
    """Collects problems while reading campaign.toml, each placed on its line."""

    def __init__(self, lines: LineMap) -> None:
        self.lines = lines
        self.problems: list[Problem] = []

    def add(self, code: str, path: tuple[str | int, ...], **args: object) -> None:
        self.problems.append(Problem(code, MANIFEST, self.lines.line(path), args))

    def typed(
        self,
        data: dict[str, Any],
        key: str,
        kind: type | tuple[type, ...],
        expected: str,
        path: tuple[str | int, ...],
        required: bool = False,
    ) -> Any:
        if key not in data:
            if required:
                self.add("missing-key", path, key=".".join(map(str, (*path, key))))
            return None
        value = data[key]
        # bool is an int in Python: keep them apart so `required = 1` is caught.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.add("wrong-type", (*path, key), key=key, expected=expected)
            return None
        return value

    def one_line(self, value: str, key: str, path: tuple[str | int, ...]) -> str:
        if len(value.splitlines()) > 1 or any(is_control(ch) for ch in value):
            self.add("line-break", path, key=key)
        return value

    def texts(
        self,
        data: dict[str, Any],
        key: str,
        path: tuple[str | int, ...],
        required: bool = False,
        multiline: bool = False,
    ) -> dict[str, str]:
        table = self.typed(data, key, dict, "a table of texts per language", path, required)
        out: dict[str, str] = {}
        for lang, text in (table or {}).items():
            where = (*path, key, lang)
            if not is_language(lang):
                self.add("bad-language", where, value=lang)
            elif not isinstance(text, str):
                self.add("wrong-type", where, key=f"{key}.{lang}", expected="a text")
            else:
                out[lang] = text if multiline else self.one_line(text, f"{key}.{lang}", where)
        return out

    def unknown(self, data: dict[str, Any], allowed: set[str], path: tuple[str | int, ...]) -> None:
        for key in data:
            if key not in allowed:
                self.add("unknown-key", (*path, key), key=key)


def _load(bundle: Bundle) -> tuple[Campaign | None, list[Problem]]:
    from composer.templates.sandbox import time_budget

    # Compiling and trial-rendering every letter share one budget: a campaign in many
    # languages must not multiply what one template may cost.
    with time_budget():
        return _load_checked(bundle)


def _load_checked(bundle: Bundle) -> tuple[Campaign | None, list[Problem]]:
    problems: list[Problem] = []
    if MANIFEST not in bundle.files:
        return None, [Problem("missing-file", MANIFEST)]
    try:
        text = bundle.text(MANIFEST)
    except BundleError as exc:
        return None, exc.problems
    import tomllib  # here, not above: a campaign prepared before needs no TOML

    from composer.campaigns.tomlmap import LineMap

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        return None, [Problem("toml-syntax", MANIFEST, line, {"detail": str(exc)})]
    except (ValueError, RecursionError) as exc:  # numbers too long, nesting too deep
        return None, [Problem("toml-syntax", MANIFEST, None, {"detail": str(exc)[:200]})]

    c = _Checker(LineMap(text))
    c.unknown(data, _TOP_KEYS, ())
    fmt = c.typed(data, "format", int, "a whole number", (), required=True)
    if fmt is not None and fmt != FORMAT:
        c.add("bad-format", ("format",), value=fmt)
        return None, c.problems  # a newer format: the rest would be noise
    cid = c.typed(data, "id", str, "a text", (), required=True) or ""
    if cid and not _ID.fullmatch(cid):
        c.add("bad-id", ("id",), value=cid)
    original = c.typed(data, "original_language", str, "a language code", (), required=True) or ""
    if original and not is_language(original):
        c.add("bad-language", ("original_language",), value=original)
    letter_language = c.typed(data, "letter_language", str, "a language code", ())
    title = c.texts(data, "title", (), required=True)
    summary = c.texts(data, "summary", (), multiline=True)
    url = c.one_line(c.typed(data, "url", str, "a text", ()) or "", "url", ("url",))
    deadline = data.get("deadline")
    if deadline is not None and (
        not isinstance(deadline, dt.date) or isinstance(deadline, dt.datetime)
    ):
        c.add("bad-date", ("deadline",), key="deadline")
        deadline = None
    organiser = _organiser(c, data)
    version = c.typed(data, "version", int, "a whole number, 1 or more", ())
    if version is not None and version < 1:
        c.add("wrong-type", ("version",), key="version", expected="a whole number, 1 or more")
        version = None
    campaign_status = c.typed(data, "status", str, "a text", ()) or "active"
    if campaign_status not in CAMPAIGN_STATUSES:
        c.add("bad-campaign-status", ("status",), value=campaign_status)
    closed_note = c.texts(data, "closed_note", (), multiline=True)
    translations = _translations(c, data, original)
    recipients = _recipients(c, data)
    fields = _fields(c, data, original)

    appeals, letter_sources = _files(bundle, problems)
    if original and is_language(original) and original not in appeals:
        problems.append(
            Problem(
                "no-appeal-original",
                MANIFEST,
                c.lines.line(("original_language",)),
                {"lang": original},
            )
        )
    if not any(n.startswith("letters/") and n.endswith(".txt.j2") for n in bundle.files):
        problems.append(Problem("no-letters", "letters/"))
    if original and "title" in data and original not in title:
        c.add("missing-title", ("title",), lang=original)
    for i, f in enumerate(fields):
        if original and original not in f.label and "en" not in f.label:
            c.add("missing-label", ("fields", i, "label"), field=f.key, lang=original)

    letters: dict[str, CompiledLetter] = {}
    if _too_many_tokens(letter_sources):
        # Compiling costs time and memory by the token: many languages must not add up.
        limit = {"limit": MAX_CAMPAIGN_TOKENS}
        problems.append(Problem("template-too-complex", "letters/", None, limit))
        letter_sources = {}
    for lang, source in letter_sources.items():
        try:
            letters[lang] = CompiledLetter(source)
        except ComposerError as exc:
            problems.extend(exc.problems)
    # Every language of the letter must ask for the same details, or a supporter's words
    # would silently vanish when they switch the letter's language.
    field_keys = {f.key for f in fields}
    uses = {lang: letter.variables & field_keys for lang, letter in letters.items()}
    if len(set(map(frozenset, uses.values()))) > 1:
        reference_lang = letter_language if letter_language in uses else min(uses)
        reference = uses[reference_lang]
        for lang, used in sorted(uses.items()):
            if used != reference:
                problems.append(
                    Problem(
                        "letter-fields-differ",
                        f"letters/{lang}.txt.j2",
                        None,
                        {
                            "lang": reference_lang,
                            "missing": ", ".join(sorted(reference - used)) or "-",
                            "extra": ", ".join(sorted(used - reference)) or "-",
                        },
                    )
                )
    if letter_language is None:
        letter_language = (
            original if original in letter_sources else min(letter_sources, default="")
        )
    elif letter_language not in letter_sources:
        c.add("bad-primary", ("letter_language",), lang=letter_language)

    problems = c.problems + problems
    if problems:
        return None, problems
    campaign = Campaign(
        id=cid,
        original_language=original,
        letter_language=letter_language,
        title=title,
        recipients=recipients,
        fields=fields,
        appeals=appeals,
        letters=letters,
        translations=translations,
        source=bundle.source,
        kind=bundle.kind,
        summary=summary,
        organiser=organiser,
        deadline=deadline,
        url=url,
        version=version,
        campaign_status=campaign_status,
        closed_note=closed_note,
    )
    problems.extend(_trial_render(campaign))
    return (None if problems else campaign), problems


def _line_from_message(message: str) -> int | None:
    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else None


def _organiser(c: _Checker, data: dict[str, Any]) -> Organiser | None:
    table = c.typed(data, "organiser", dict, "a table", ())
    if table is None:
        return None
    path = ("organiser",)
    c.unknown(table, _ORGANISER_KEYS, path)
    name = c.typed(table, "name", str, "a text", path, required=True) or ""
    email = c.typed(table, "email", str, "a text", path) or ""
    if email and not is_email(email):
        c.add("bad-email", (*path, "email"), value=email)
    email = normalise_email(email) or email
    url = c.one_line(c.typed(table, "url", str, "a text", path) or "", "url", (*path, "url"))
    key = c.typed(table, "key", str, "a text", path) or ""
    if key:
        from composer.campaigns.signing import PublicKey, SignatureError

        try:
            key = PublicKey.parse(key).line
        except SignatureError:
            c.add("bad-organiser-key", (*path, "key"))
            key = ""
    return Organiser(c.one_line(name, "organiser.name", (*path, "name")), email, url, key)


def _translations(c: _Checker, data: dict[str, Any], original: str) -> dict[str, str]:
    table = c.typed(data, "translations", dict, "a table of statuses per language", ()) or {}
    out = {}
    for lang, status in table.items():
        path = ("translations", lang)
        if not is_language(lang):
            c.add("bad-language", path, value=lang)
        elif status not in STATUSES:
            c.add("bad-status", path, value=status)
        else:
            out[lang] = status
    if original and original not in out:
        out[original] = "original"
    return out


def _recipients(c: _Checker, data: dict[str, Any]) -> list[Recipient]:
    items = c.typed(data, "recipients", list, "a list of [[recipients]] tables", (), required=True)
    if items is None:
        return []
    if not items:
        c.add("no-recipients", ("recipients",))
    if len(items) > MAX_RECIPIENTS:
        c.add("too-many-recipients", ("recipients",), limit=MAX_RECIPIENTS)
        return []
    out, seen = [], set()
    for i, item in enumerate(items):
        path: tuple[str | int, ...] = ("recipients", i)
        if not isinstance(item, dict):
            c.add("wrong-type", path, key="recipients", expected="a list of [[recipients]] tables")
            continue
        c.unknown(item, _RECIPIENT_KEYS, path)
        name = c.typed(item, "name", str, "a text", path, required=True)
        email = c.typed(item, "email", str, "a text", path, required=True)
        salutation = c.texts(item, "salutation", path)
        postal = _postal_address(c, item, path)
        fax = c.typed(item, "fax", str, "a text", path) or ""
        if fax and (not _FAX.fullmatch(fax) or not any(ch.isdigit() for ch in fax)):
            c.add("bad-fax", (*path, "fax"), value=fax)
        if name is not None:
            c.one_line(name, "name", (*path, "name"))
        if email is not None:
            normal = normalise_email(email)
            if normal is None:
                c.add("bad-email", (*path, "email"), value=email)
            elif normal.lower() in seen:
                c.add("duplicate-email", (*path, "email"), value=email)
            else:
                seen.add(normal.lower())
                email = normal
        if name is not None and email is not None:
            out.append(Recipient(name, email, salutation, postal, fax.strip()))
    return out


def _postal_address(c: _Checker, item: dict[str, Any], path: tuple[str | int, ...]) -> str:
    """The address as lines without trailing spaces or blank lines at either end."""
    raw = c.typed(item, "postal_address", str, "a text", path) or ""
    where = (*path, "postal_address")
    # splitlines() also ends lines at CR, CRLF and Unicode's line separators.
    lines = [line.rstrip() for line in raw.strip().splitlines()]
    if any(is_control(ch) for line in lines for ch in line):
        c.add("postal-address-control", where)
        return ""
    text = "\n".join(lines)
    if len(text) > POSTAL_ADDRESS_MAX or len(lines) > POSTAL_ADDRESS_LINES:
        c.add(
            "postal-address-too-long", where, lines=POSTAL_ADDRESS_LINES, limit=POSTAL_ADDRESS_MAX
        )
        return ""
    return text


def _fields(c: _Checker, data: dict[str, Any], original: str) -> list[Field]:
    items = c.typed(data, "fields", list, "a list of [[fields]] tables", ()) or []
    if len(items) > MAX_FIELDS:
        c.add("too-many-fields", ("fields",), limit=MAX_FIELDS)
        return []
    out, seen = [], set()
    for i, item in enumerate(items):
        path: tuple[str | int, ...] = ("fields", i)
        if not isinstance(item, dict):
            c.add("wrong-type", path, key="fields", expected="a list of [[fields]] tables")
            continue
        c.unknown(item, _FIELD_KEYS, path)
        key = c.typed(item, "key", str, "a text", path, required=True)
        required = c.typed(item, "required", bool, "true or false", path, required=True)
        label = c.texts(item, "label", path, required=True)
        multiline = c.typed(item, "multiline", bool, "true or false", path) or False
        limit = c.typed(item, "max_length", int, "a whole number", path)
        if limit is not None and not 1 <= limit <= 100_000:
            c.add(
                "wrong-type",
                (*path, "max_length"),
                key="max_length",
                expected="between 1 and 100000",
            )
            limit = None
        placeholder = c.texts(item, "placeholder", path, multiline=True)
        default = c.typed(item, "default", str, "a text", path) or ""
        multiline = bool(multiline)
        limit = limit or (MULTI_LINE_MAX if multiline else SINGLE_LINE_MAX)
        if len(default) > limit:
            c.add("bad-default", (*path, "default"), limit=limit)
        elif not multiline:
            c.one_line(default, "default", (*path, "default"))
        if key is None:
            continue
        if not _FIELD_KEY.fullmatch(key):
            c.add("bad-field-key", (*path, "key"), value=key)
        elif key in RESERVED_KEYS:
            c.add("reserved-field-key", (*path, "key"), value=key)
        elif key in seen:
            c.add("duplicate-key", (*path, "key"), value=key)
        seen.add(key)
        out.append(
            Field(
                key=key,
                required=bool(required),
                label=label,
                multiline=multiline,
                max_length=limit,
                placeholder=placeholder,
                default=default,
            )
        )
    return out


def _files(bundle: Bundle, problems: list[Problem]) -> tuple[dict[str, str], dict[str, Any]]:
    """Appeal texts and letter template sources, by language."""
    appeals: dict[str, str] = {}
    letters: dict[str, Any] = {}
    for name in sorted(bundle.files):
        folder, _, base = name.rpartition("/")
        if folder == "appeal" and base.endswith(".md") and is_language(base[:-3]):
            text = _text(bundle, name, problems)
            if text is not None:
                if not text.strip():
                    problems.append(Problem("empty-appeal", name))
                appeals[base[:-3]] = text
        elif folder == "letters" and base.endswith(".txt.j2") and is_language(base[:-7]):
            if len(bundle.files[name]) > MAX_TEMPLATE_BYTES:
                limit = {"limit": MAX_TEMPLATE_BYTES}
                problems.append(Problem("file-too-large", name, None, limit))
                continue
            text = _text(bundle, name, problems)
            if text is not None:
                try:
                    letters[base[:-7]] = parse_template_file(base[:-7], name, text)
                except ComposerError as exc:
                    problems.extend(exc.problems)
        elif folder.split("/")[0] in ("appeal", "letters"):
            problems.append(Problem("stray-file", name))
    return appeals, letters


def _text(bundle: Bundle, name: str, problems: list[Problem]) -> str | None:
    try:
        return bundle.text(name)
    except BundleError as exc:
        problems.extend(exc.problems)
        return None


def _too_many_tokens(sources: dict[str, TemplateSource]) -> bool:
    """Whether the letters hold more tokens together than a campaign may, counted as
    they will be compiled (alternative wordings turned into jinja) and within the same
    time budget as the rest of opening it."""
    from jinja2 import TemplateSyntaxError

    from composer.problems import ComposerError
    from composer.templates import variants
    from composer.templates.letter import _environment, count_tokens
    from composer.templates.sandbox import MemoryLimitError, RenderTimeoutError, guarded

    env = _environment()
    total = 0
    try:
        with guarded():
            for source in sources.values():
                for text in (source.subject, source.body):
                    try:
                        total += count_tokens(
                            env, variants.translate(text, source.file).text, MAX_CAMPAIGN_TOKENS
                        )
                    except (ComposerError, ValueError, TemplateSyntaxError):
                        continue  # reported when the letter is compiled
                    if total > MAX_CAMPAIGN_TOKENS:
                        return True
    except (RenderTimeoutError, MemoryLimitError):
        return True  # counting alone ran out of the budget: far too much to compile
    return False


def _trial_render(campaign: Campaign) -> list[Problem]:
    """Render every letter for every recipient with sample values, to catch template
    mistakes (undefined names, sandbox refusals) when the bundle is opened, not at send time.
    Every alternative wording is rendered at least once, so a mistake in a third wording
    that few drafts will ever pick is found too."""
    filled = {f.key: f"sample {f.key}" for f in campaign.fields}
    minimal = {f.key: ("sample" if f.required else "") for f in campaign.fields}
    problems: list[Problem] = []
    today = dt.date(2026, 1, 1)
    from composer.templates.sandbox import time_budget

    with time_budget():  # the renders share one budget: opening stays quick
        for lang, letter in campaign.letters.items():
            _trial_render_letter(campaign, lang, letter, filled, minimal, today, problems)
            if any(p.code == "template-timeout" for p in problems):
                break  # one runaway template is enough to refuse the bundle
    return problems


def _trial_render_letter(
    campaign: Campaign,
    lang: str,
    letter: Any,
    filled: dict[str, str],
    minimal: dict[str, str],
    today: dt.date,
    problems: list[Problem],
) -> None:
    first = tuple(0 for _ in letter.sizes)
    # Every recipient once (templates may branch on them), the bare minimum once, in
    # the first wordings; then round r picks each group's wording r (or its last), once:
    # at most MAX_WORDINGS more renders, all within the caller's time budget.
    trials = [(filled, r, first) for r in campaign.recipients]
    trials.append((minimal, campaign.recipients[0], first))
    for n in range(1, max(letter.sizes, default=1)):
        choice = tuple(min(n, size - 1) for size in letter.sizes)
        trials.append((filled, campaign.recipients[0], choice))
    for values, recipient, wordings in trials:
        try:
            letter.render(
                campaign.template_values(values),
                recipient.for_template(lang),
                today,
                wordings=wordings,
            )
        except ComposerError as exc:
            problems.extend(p for p in exc.problems if p not in problems)
            break
