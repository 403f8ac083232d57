# SPDX-License-Identifier: GPL-3.0-or-later
"""Alternative wordings in letter templates: `[[ first | second | third ]]`.

A group offers interchangeable wordings of a sentence or a paragraph. Each draft gets one
combination, chosen from its seed, so the letters a campaign sends are not all identical.

The groups are translated to plain jinja before compiling: group k becomes
`{% if __wording[k] == 0 %}A{% elif __wording[k] == 1 %}B{% else %}C{% endif %}`.
Every line break the translation removes (around `[[`, `|`, `]]` and the wordings) is
moved inside those jinja tags, so the translated text has exactly the lines of the file:
jinja's errors, and the lines found in tracebacks, still point at the organiser's line.
No Qt, no jinja import: this is text work only.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from composer.problems import Problem, TemplateError

# The context name holding the choice. Field keys must start with a letter (campaign.py),
# so a name starting with "_" can never be a campaign's field.
CHOICE_NAME = "__wording"
# A real letter has a handful of groups; the caps keep a hostile template cheap to check
# (validation renders every wording once).
MAX_GROUPS = 200
MAX_WORDINGS = 20

_SPACE = " \t\r\n"
# What the scanner stops at: jinja tags (skipped whole), group marks, and the separator.
_TOKEN = re.compile(r"\{\{|\{%|\{#|\[\[|\]\]|\|")
_TAG_INSIDE = {"}}": re.compile(r"[\"']|\}\}"), "%}": re.compile(r"[\"']|%\}")}
_RAW_START = re.compile(r"\{%[-+]?\s*raw\s*[-+]?%\}")
_RAW_END = re.compile(r"\{%[-+]?\s*endraw\s*[-+]?%\}")
_NEWLINE = re.compile(r"\r\n|\r|\n")  # as jinja counts lines
_TAG_NAME = re.compile(r"\{%[-+]?\s*(\w+)")
# Jinja's block tags: inside a wording, each must open and close within that wording, or
# the translation's own {% else %}/{% endif %} would pair with the organiser's tags.
_BLOCKS = {"if", "for", "macro", "call", "filter", "with", "autoescape", "block", "trans"}
_MIDDLES = {"elif", "else", "pluralize"}


@dataclass(frozen=True)
class Group:
    """One `[[ ... ]]`: where it opens and closes, and the raw text of each wording."""

    start: int  # index of "[["
    end: int  # index just after "]]"
    spans: tuple[tuple[int, int], ...]  # each wording's raw text, between the marks


@dataclass(frozen=True)
class Translated:
    """A template text with its groups turned into jinja, and the size of each group."""

    text: str
    sizes: tuple[int, ...]


def _line(text: str, pos: int, first_line: int) -> int:
    return first_line + len(_NEWLINE.findall(text, 0, pos))


def _skip_tag(text: str, pos: int) -> int | None:
    """Index just after the jinja tag starting at pos; None when it is never closed.
    Strings inside tags may hold the closing mark, as in jinja."""
    opener = text[pos : pos + 2]
    if opener == "{#":
        end = text.find("#}", pos + 2)
        return None if end < 0 else end + 2
    close = "}}" if opener == "{{" else "%}"
    finder = _TAG_INSIDE[close]
    i = pos + 2
    while True:
        m = finder.search(text, i)
        if m is None:
            return None
        if m.group() == close:
            end = m.end()
            break
        quote, i = m.group(), m.end()
        while i < len(text) and text[i] != quote:
            i += 2 if text[i] == "\\" else 1
        i += 1
    if opener == "{%" and _RAW_START.fullmatch(text, pos, end):
        # {% raw %}...{% endraw %} is literal text: no groups inside.
        m = _RAW_END.search(text, end)
        return None if m is None else m.end()
    return end


def find_groups(text: str, file: str, first_line: int = 1) -> list[Group]:
    """The groups of a template text; TemplateError with the line of the first mistake."""

    def fail(code: str, pos: int, **args: object) -> TemplateError:
        return TemplateError(Problem(code, file, _line(text, pos, first_line), args))

    groups: list[Group] = []
    open_at: int | None = None  # index of the "[[" of the group being read
    spans: list[tuple[int, int]] = []
    blocks: list[str] = []  # block tags opened in the wording being read
    part_start = 0
    pos = 0
    while (m := _TOKEN.search(text, pos)) is not None:
        token, pos = m.group(), m.end()
        if token in ("{{", "{%", "{#"):
            end = _skip_tag(text, m.start())
            if end is None:
                # An unclosed jinja tag: jinja's own error says what is wrong, and where,
                # better than a group it swallowed; the text goes to it untouched.
                return []
            if open_at is not None and token == "{%":
                _follow_blocks(
                    text[m.start() : end], blocks, lambda: fail("variant-crosses-block", m.start())
                )
            pos = end
        elif token == "[[":
            if open_at is not None:
                raise fail("variant-nested", m.start())
            if len(groups) == MAX_GROUPS:
                raise fail("variant-too-many-groups", m.start(), limit=MAX_GROUPS)
            open_at, spans, part_start, blocks = m.start(), [], pos, []
        elif token == "]]":
            if open_at is None:
                raise fail("variant-unopened", m.start())
            if blocks:
                raise fail("variant-crosses-block", m.start())
            spans.append((part_start, m.start()))
            if len(spans) < 2:
                raise fail("variant-single", open_at)
            groups.append(Group(open_at, pos, tuple(spans)))
            open_at = None
        elif open_at is not None:  # "|" separates wordings only inside a group
            if blocks:
                raise fail("variant-crosses-block", m.start())
            spans.append((part_start, m.start()))
            if len(spans) == MAX_WORDINGS:
                raise fail("variant-too-many-wordings", m.start(), limit=MAX_WORDINGS)
            part_start = pos
    if open_at is not None:
        raise fail("variant-unclosed", open_at)
    return groups


def _follow_blocks(tag: str, blocks: list[str], fail: Callable[[], TemplateError]) -> None:
    """Track the block tags of one wording; a tag that closes or continues a block opened
    outside it (or `{% set x %}` left open) is the organiser's mistake, said plainly."""
    m = _TAG_NAME.match(tag)
    name = m.group(1) if m else ""
    if name in _BLOCKS or (name == "set" and "=" not in tag):
        blocks.append(name)
    elif name.startswith("end") and name[3:] in (_BLOCKS | {"set"}):
        if not blocks or blocks[-1] != name[3:]:
            raise fail()
        blocks.pop()
    elif name in _MIDDLES and not blocks:
        raise fail()


def _newlines(text: str) -> str:
    """Only the line breaks of a stretch of text: what a jinja tag takes in its place."""
    return "".join(ch for ch in text if ch in "\r\n")


def _literal(space: str) -> str:
    """Whitespace as a jinja expression that prints it without taking a line of the file."""
    if not space:
        return ""
    # Line breaks as jinja writes them in text: "\n", whatever the file used.
    space = space.replace("\r\n", "\n").replace("\r", "\n")
    escaped = space.replace("\n", "\\n").replace("\t", "\\t")
    return '{{ "' + escaped + '" }}'


def translate(text: str, file: str, first_line: int = 1, first_group: int = 0) -> Translated:
    """The template text in plain jinja, line for line; groups are numbered from
    first_group (the subject's groups come before the body's)."""
    groups = find_groups(text, file, first_line)
    if not groups:
        return Translated(text, ())
    out: list[str] = []
    cursor = 0  # text before this index is already in out
    for number, group in enumerate(groups, start=first_group):
        raws = [text[a:b] for a, b in group.spans]
        wordings = [raw.strip(_SPACE) for raw in raws]
        pre_start, post_end = group.start, group.end
        while pre_start > cursor and text[pre_start - 1] in _SPACE:
            pre_start -= 1
        while post_end < len(text) and text[post_end] in _SPACE:
            post_end += 1
        # An empty wording takes the space or blank line beside the group with it, so
        # `one. [[ Two. | ]] three.` leaves no double space and an optional paragraph no
        # empty one: the weaker neighbour (fewer line breaks; the one before on a tie)
        # moves into the other wordings.
        before = after = ""
        if "" in wordings:
            pre, post = text[pre_start : group.start], text[group.end : post_end]
            # Beside a tag written with "-", jinja removes that space itself.
            if text.endswith(("-}}", "-%}", "-#}"), 0, pre_start):
                pre = ""
            if text.startswith(("{{-", "{%-", "{#-"), post_end):
                post = ""
            if pre and (not post or len(_newlines(pre)) <= len(_newlines(post))):
                before = pre
            else:
                after = post
        out.append(text[cursor : pre_start if before else group.start])
        choice = f"{CHOICE_NAME}[{number}]"
        # Each tag takes the line breaks of its mark and of what strip() took from the
        # wordings beside it, so every wording starts on its own line of the file.
        leads = [raw[: len(raw) - len(raw.lstrip(_SPACE))] for raw in raws]
        # After the lead: a wording of spaces only has them all in its lead, none twice.
        trails = [
            raw[len(lead) :][len(raw[len(lead) :].rstrip(_SPACE)) :]
            for raw, lead in zip(raws, leads, strict=True)
        ]
        out.append(f"{{% if {choice} == 0{_newlines(before + leads[0])} %}}")
        for i, wording in enumerate(wordings):
            if wording:
                out.append(_literal(before) + wording + _literal(after))
            if i + 1 < len(wordings):
                keyword = "else" if i + 2 == len(wordings) else f"elif {choice} == {i + 1}"
                out.append(f"{{% {keyword}{_newlines(trails[i] + leads[i + 1])} %}}")
        out.append(f"{{% endif{_newlines(trails[-1] + after)} %}}")
        cursor = post_end if after else group.end
    out.append(text[cursor:])
    return Translated("".join(out), tuple(len(g.spans) for g in groups))


def choose(seed: int | None, sizes: Sequence[int]) -> tuple[int, ...]:
    """The wording of each group for a seed: None gives every first wording (the
    campaign's own letter); a number gives the same choice in every process, on every
    machine and Python version (sha256, never hash())."""
    if seed is None:
        return (0,) * len(sizes)
    return tuple(
        int.from_bytes(hashlib.sha256(f"{seed}:{k}".encode()).digest()[:8], "big") % size
        for k, size in enumerate(sizes)
    )
