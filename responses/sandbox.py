"""Rendering a template in Jinja's immutable sandbox, with undefined variables tracked.

Only the team's templates are ever rendered; a letter's text is context data and is never compiled,
so "{{ 7*7 }}" quoted in a letter reaches the draft literally. The sandbox refuses attribute access
to internals (`''.__class__`, `cycler.__init__.__globals__`) and mutation of the context's values.

A variable the case lacks does not crash the draft: it renders as a visible marker
`[[MISSING: name]]` and is listed as unresolved for the reviewer. Iterating it yields the marker
once; a conditional (`{% if x %}`, `x is defined`, `x|default(...)`) treats it as absent without
listing it, because there the template itself says the value is optional. Anything else (arithmetic,
comparison, `len`) raises as `StrictUndefined` does: that is a bug in the template, not a gap in
the case.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, Environment, StrictUndefined, TemplateNotFound, UndefinedError, pass_context
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from responses.dates import long_date
from responses.library import FENCE, Library, TemplateSpec, split_front_matter

MARKER = "[[MISSING: {}]]"
MARKER_RE = re.compile(r"\[\[MISSING: ([A-Za-z_][\w.]*)\]\]")
# What a reviewer must confirm before the draft can go: `[[CONFIRM language: why]]` (deleting the
# line confirms it).
CONFIRM = "[[CONFIRM {}: {}]]"
CONFIRM_RE = re.compile(r"\[\[CONFIRM ([A-Za-z_]\w*): [^\]]*\]\]")
# Values that are names: one ending in its own full stop ("Ltd.", "Inc.") ends a sentence with it.
NAME_FIELDS = ("sender_name", "sender_organisation", "represented_party", "addressee", "organisation", "signatory")


@dataclass(frozen=True)
class Rendered:
    text: str
    subject: str
    unresolved: tuple[str, ...]  # in order of first appearance


def markers_in(text: str) -> list[str]:
    """The variables still unresolved in a text (after a person edited it, say), and what is still
    to be confirmed."""
    missing = [m.split(".", 1)[0] for m in MARKER_RE.findall(text)]
    return list(dict.fromkeys([*missing, *CONFIRM_RE.findall(text)]))


def _tracking_undefined(record: list[str]) -> type[StrictUndefined]:
    """An Undefined class bound to one render's list of missing names (no state shared between renders)."""

    class TrackingUndefined(StrictUndefined):
        __slots__ = ()

        def _path(self) -> str:
            return self._undefined_name or "value"

        def _unsafe(self) -> bool:
            # The sandbox reports a refused attribute (`__class__`, `__globals__`) as an Undefined
            # carrying SecurityError: that must raise, never pass for a gap in the case. A private
            # name that merely does not exist (`__self__` of a wrapped method) is refused the same way.
            if (self._undefined_name or "").startswith("_"):
                self._undefined_exception = SecurityError
                self._undefined_hint = f"access to {self._undefined_name!r} is refused"
            return self._undefined_exception is not UndefinedError

        def _mark(self) -> str:
            if self._unsafe():
                self._fail_with_undefined_error()
            name = self._path()
            root = name.split(".", 1)[0]  # the variable the case lacks, whatever part of it was asked for
            if root not in record:
                record.append(root)
            return MARKER.format(name)

        # StrictUndefined makes these raise (typed as returning Never); this class answers instead.
        def __str__(self) -> str:  # type: ignore[override]
            return self._mark()

        def __iter__(self) -> Iterator[Any]:  # type: ignore[override]
            # One round with the missing value itself, so that the loop body shows where it is missing.
            if self._unsafe():
                self._fail_with_undefined_error()
            yield self

        def __bool__(self) -> bool:  # type: ignore[override]
            if self._unsafe():
                self._fail_with_undefined_error()
            return False

        def __getattr__(self, name: str) -> Any:
            if name.startswith("__"):
                raise AttributeError(name)
            if self._unsafe():
                self._fail_with_undefined_error()
            return TrackingUndefined(name=f"{self._path()}.{name}")

        def __getitem__(self, key: Any) -> Any:
            if self._unsafe():
                self._fail_with_undefined_error()
            return TrackingUndefined(name=f"{self._path()}.{key}")

    return TrackingUndefined


@pass_context
def _longdate(ctx: Context, value: Any, language: str | None = None) -> str:
    if isinstance(value, StrictUndefined):
        return str(value)
    return long_date(value, language or ctx.get("language") or "en")


def make_environment(library: Library, record: list[str]) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=FrontMatterLoader(library.root),
        undefined=_tracking_undefined(record),
        autoescape=False,  # plain text and .docx, not HTML
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["longdate"] = _longdate
    return env


def render(spec: TemplateSpec, context: Mapping[str, Any], library: Library) -> Rendered:
    """Render a template and its subject line; `required` fields the context lacks are listed too."""
    record: list[str] = []
    env = make_environment(library, record)
    text = env.get_template(spec.loader_name).render(dict(context))
    names = _names(context)
    subject = _stops(env.from_string(spec.subject).render(dict(context)).strip(), names) if spec.subject else ""
    missing_required = [r for r in spec.required if _empty(context.get(r))]
    unresolved = tuple(dict.fromkeys([*record, *missing_required]))
    return Rendered(text=_tidy(text, names), subject=subject, unresolved=unresolved)


def render_string(source: str, context: Mapping[str, Any], library: Library) -> Rendered:
    """Render a template body given as text (for tests and previews): same sandbox, same tracking."""
    record: list[str] = []
    env = make_environment(library, record)
    text = env.from_string(source).render(dict(context))
    return Rendered(text=text, subject="", unresolved=tuple(record))


def _empty(v: Any) -> bool:
    return v is None or v == "" or (isinstance(v, (list, tuple, dict)) and not v)


def _names(context: Mapping[str, Any]) -> tuple[str, ...]:
    out = [context.get(f) for f in NAME_FIELDS]
    out += [p.get("name") for p in context.get("parties") or [] if isinstance(p, Mapping)]
    return tuple(n for n in dict.fromkeys(out) if isinstance(n, str) and n.endswith(".") and not n.endswith(".."))


def _stops(text: str, names: tuple[str, ...]) -> str:
    """"…on behalf of Example Ltd." ends its sentence with one full stop, not "Ltd..": only where a
    name that ends in a full stop is followed by the sentence's own (a quotation stays as written)."""
    for name in names:
        text = re.sub(re.escape(name) + r"\.(?!\.)", name.replace("\\", "\\\\"), text)
    return text


def _tidy(text: str, names: tuple[str, ...] = ()) -> str:
    # Optional blocks leave runs of blank lines behind; a letter has single blank lines between paragraphs.
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return _stops(text.strip(), names) + "\n"


class FrontMatterLoader(BaseLoader):
    """Loads `kind/file.j2` (or `_partials/file.j2`) below the library's root, without its front-matter.

    Names are confined to the root: "..", absolute paths and backslashes are refused, so that an
    `{% include %}` cannot read files elsewhere. (Here, beside the environment, rather than in
    `responses.library`: reading the library's front-matter does not load Jinja.)"""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        if "\\" in template or template.startswith("/") or ".." in template.split("/"):
            raise TemplateNotFound(template)
        path = (self.root / template).resolve()
        if self.root not in path.parents or not path.is_file():
            raise TemplateNotFound(template)
        text = path.read_text(encoding="utf-8")
        body = split_front_matter(text, where=str(path))[1] if text.startswith(FENCE) else text
        mtime = path.stat().st_mtime
        return body, str(path), lambda: path.stat().st_mtime == mtime
