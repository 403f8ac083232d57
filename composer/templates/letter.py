# SPDX-License-Identifier: GPL-3.0-or-later
"""Letter templates: compiled and rendered in jinja2's immutable sandbox, errors with lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any

from composer.problems import Problem, TemplateError
from composer.templates import codecache
from composer.templates.dates import letter_date

if TYPE_CHECKING:  # jinja2 is imported on first use: it is not needed to draw the window
    import jinja2

SUBJECT_PREFIX = "Subject:"
MAX_TOKENS = 4000  # in one letter template; the built-in ones have about 100 each
MAX_CAMPAIGN_TOKENS = 24_000  # in all of a campaign's letters


@dataclass(frozen=True)
class Letter:
    """One rendered letter: what goes in the subject and the body."""

    subject: str
    body: str


@dataclass(frozen=True)
class TemplateSource:
    """A letter template file split into its subject line and body."""

    lang: str
    file: str
    subject: str
    body: str


def parse_template_file(lang: str, file: str, text: str) -> TemplateSource:
    """Split 'Subject: ...' + blank line + body; TemplateError when the shape is wrong."""
    first, sep, rest = text.partition("\n")
    blank, sep2, body = rest.partition("\n")
    if not first.startswith(SUBJECT_PREFIX) or not sep or blank.strip() or not sep2:
        raise TemplateError(Problem("no-subject", file, 1))
    subject = first[len(SUBJECT_PREFIX) :].strip()
    if not subject:
        raise TemplateError(Problem("no-subject", file, 1))
    return TemplateSource(lang, file, subject, body)


def _environment() -> jinja2.Environment:
    import jinja2

    from composer.templates.sandbox import LetterSandbox

    # No loader: a campaign template cannot include, import or extend anything.
    return LetterSandbox(
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain-text letters, never HTML
        keep_trailing_newline=True,
        cache_size=0,
    )


class CompiledLetter:
    """A letter template compiled in the sandbox, for one language.

    `sizes` holds the number of wordings of each `[[ ... | ... ]]` group (subject's first,
    then the body's); render() picks one wording per group from a seed.
    """

    def __init__(self, source: TemplateSource) -> None:
        self.source = source
        env = _environment()
        self._env = env
        from composer.templates.sandbox import MemoryLimitError, RenderTimeoutError, guarded

        try:
            with guarded():  # compiling counts against the same time and memory limits
                self._compile(env, source)
        except RenderTimeoutError:
            raise TemplateError(Problem("template-timeout", source.file)) from None
        except MemoryLimitError as exc:
            problem = Problem("template-security", source.file, None, {"detail": str(exc)})
            raise TemplateError(problem) from None

    def _compile(self, env: jinja2.Environment, source: TemplateSource) -> None:
        import jinja2

        from composer.templates import variants  # here, as jinja2: compiled after the first paint

        # Two leading newlines keep the body's line numbers equal to the file's; the groups
        # become jinja line for line. The cache is keyed by this translated text.
        subject = variants.translate(source.subject, source.file)
        body = variants.translate("\n\n" + source.body, source.file, 1, len(subject.sizes))
        self.sizes: tuple[int, ...] = subject.sizes + body.sizes
        sources = (subject.text, body.text)
        cached = codecache.load(source.file, sources)
        if cached is not None:
            subject_code, body_code, self.variables = cached
            self._subject = self._from_code(env, subject_code)
            self._body = self._from_code(env, body_code)
            return
        _check_complexity(env, sources, source.file)
        try:
            # Each parsed once: compiled, then read for the names it uses.
            subject_tree, body_tree = (
                env.parse(text, name=source.file, filename=source.file) for text in sources
            )
            subject_code = env.compile(subject_tree, name=source.file, filename=source.file)
            body_code = env.compile(body_tree, name=source.file, filename=source.file)
            from jinja2 import meta

            # The names the template reads: every letter language must use the same fields.
            self.variables = frozenset(
                meta.find_undeclared_variables(subject_tree)
                | meta.find_undeclared_variables(body_tree)
            ) - {variants.CHOICE_NAME}
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(
                Problem("template-syntax", source.file, exc.lineno, {"detail": exc.message})
            ) from None
        except (RecursionError, SyntaxError, MemoryError, ValueError) as exc:
            # Nesting too deep, or a number of more digits than Python reads (ValueError)
            detail = f"{type(exc).__name__}: {exc}"[:200]
            problem = Problem("template-syntax", source.file, None, {"detail": detail})
            raise TemplateError(problem) from None
        self._subject = self._from_code(env, subject_code)
        self._body = self._from_code(env, body_code)
        codecache.store(source.file, sources, subject_code, body_code, self.variables)

    @staticmethod
    def _from_code(env: jinja2.Environment, code: Any) -> jinja2.Template:
        # The code was compiled with the file's name: errors point into the file.
        return env.template_class.from_code(env, code, env.make_globals(None), None)

    def render(
        self,
        values: Mapping[str, str],
        recipient: Mapping[str, str],
        today: dt.date,
        variant: int | None = None,
        *,
        wordings: Sequence[int] | None = None,
    ) -> Letter:
        """Render subject and body; TemplateError (with file and line) on any failure.

        `variant` is the seed choosing the alternative wordings (None: the first of each);
        `wordings` gives the choice itself, one index per group (validation uses it).
        """
        context: dict[str, Any] = dict(values)
        context["recipient"] = dict(recipient)
        context["today"] = letter_date(today, self.source.lang)
        from composer.templates import variants

        chosen = tuple(wordings) if wordings is not None else variants.choose(variant, self.sizes)
        context[variants.CHOICE_NAME] = chosen
        from composer.templates.sandbox import MemoryLimitError, RenderTimeoutError, guarded

        try:
            with guarded():  # subject and body share one deadline and one budget
                subject = self._run(self._subject, context)
                body = self._run(self._body, context)
        except (RenderTimeoutError, MemoryLimitError) as exc:  # landed between the two
            code = (
                "template-timeout" if isinstance(exc, RenderTimeoutError) else "template-security"
            )
            detail = "" if isinstance(exc, RenderTimeoutError) else str(exc)
            raise TemplateError(Problem(code, self.source.file, None, {"detail": detail})) from None
        body = body[2:] if body.startswith("\n\n") else body.lstrip("\n")
        return Letter(" ".join(subject.split()), body.rstrip() + "\n")

    def _run(self, template: jinja2.Template, context: dict[str, Any]) -> str:
        import jinja2
        from jinja2.exceptions import SecurityError

        from composer.templates.sandbox import MemoryLimitError, RenderTimeoutError, render_bounded

        try:
            return render_bounded(template, context)
        except (RenderTimeoutError, MemoryLimitError) as exc:
            # Not an Exception, so jinja did not map the traceback to the template: the
            # line where it stopped comes from the compiled code's own line table.
            timeout = isinstance(exc, RenderTimeoutError)
            line = _compiled_line(exc.__traceback__, self.source.file, template)
            code = "template-timeout" if timeout else "template-security"
            detail = "" if timeout else str(exc)
            raise TemplateError(Problem(code, self.source.file, line, {"detail": detail})) from None
        except jinja2.UndefinedError as exc:
            code, detail = "template-undefined", str(exc)
            tb = exc.__traceback__
        except SecurityError as exc:
            code, detail = "template-security", str(exc)
            tb = exc.__traceback__
        except jinja2.TemplateError as exc:
            code, detail = "template-error", str(exc)
            tb = exc.__traceback__
        except RecursionError as exc:
            code, detail = "template-error", "it calls itself without end"
            tb = exc.__traceback__
        except Exception as exc:  # noqa: BLE001 - any failure inside a template is the bundle's
            code, detail = "template-error", f"{type(exc).__name__}: {exc}"
            tb = exc.__traceback__
        raise TemplateError(
            Problem(
                code, self.source.file, _template_line(tb, self.source.file), {"detail": detail}
            )
        )


def count_tokens(env: jinja2.Environment, text: str, limit: int) -> int:
    """The template's tokens (tags' signs, names, literals; not spaces), counted up to just
    past `limit`. Quick, and holds one token at a time. TemplateSyntaxError as the lexer."""
    count = 0
    for _, kind, _ in env.lex(text):
        if kind != "whitespace":
            count += 1
            if count > limit:
                break
    return count


def _check_complexity(env: jinja2.Environment, sources: tuple[str, ...], file: str) -> None:
    """Refuse a template with more tokens than a letter needs, before compiling it: the
    compiler's time and memory grow with them (up to about 5 KB and 40 µs each), and a
    64 KB file can hold 20,000."""
    import jinja2

    try:
        count = sum(count_tokens(env, source, MAX_TOKENS) for source in sources)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            Problem("template-syntax", file, exc.lineno, {"detail": exc.message})
        ) from None
    except ValueError as exc:  # a number of more digits than Python reads
        detail = f"{type(exc).__name__}: {exc}"[:200]
        raise TemplateError(Problem("template-syntax", file, None, {"detail": detail})) from None
    if count > MAX_TOKENS:
        raise TemplateError(Problem("template-too-complex", file, None, {"limit": MAX_TOKENS}))


def _compiled_line(
    tb: TracebackType | None, filename: str, template: jinja2.Template
) -> int | None:
    """The template line of the deepest frame of the template's compiled code."""
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = template.get_corresponding_lineno(tb.tb_lineno)
        tb = tb.tb_next
    return line


def _template_line(tb: TracebackType | None, filename: str) -> int | None:
    """The deepest traceback line that jinja2 mapped back into the template file."""
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
