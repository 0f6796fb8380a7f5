"""The template library: `<kind>/<name>[.<lang>].<ext>.j2` files, each with TOML front-matter.

The bundled library is package data (`responses/templates/`), so an installed lexdesk has it; a
team's own library is another folder of the same shape (`LEXDESK_TEMPLATES`).

A template file starts with its description between `+++` lines, then the Jinja body:

    +++
    name = "acknowledgement"
    kind = "legal_demand"
    outcome = "acknowledged"
    output = "letter"            # letter | email
    language = "en"
    subject = "Your letter of {{ received|longdate }}"   # a template too (optional)
    required = ["sender_name"]   # fields the answer cannot go out without
    meets = ["sla"]              # deadlines (source or regime) that sending this answer meets
    +++
    Dear ...

Folders whose name starts with "_" hold partials (signature, redress blocks) for `{% include %}`.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from cases.errors import Invalid
from cases.vocab import DraftOutput

DEFAULT_TEMPLATES = Path(__file__).resolve().parent / "templates"
FENCE = "+++"
OUTPUTS = tuple(DraftOutput)


class TemplateLibraryError(Invalid):
    """A template file is malformed (bad front-matter) or a template asked for does not exist."""


@dataclass(frozen=True)
class TemplateSpec:
    name: str
    kind: str
    outcome: str
    output: DraftOutput
    language: str
    path: Path
    source: str  # the Jinja body, front-matter removed
    subject: str = ""
    description: str = ""
    required: tuple[str, ...] = ()
    meets: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()  # other names a person may ask for it by
    extra: dict[str, object] = field(default_factory=dict, compare=False)

    @property
    def key(self) -> str:
        """How a person names it: "legal_demand/acknowledgement"."""
        return f"{self.kind}/{self.name}"

    @property
    def loader_name(self) -> str:
        return self.path.relative_to(self.path.parents[1]).as_posix()


def split_front_matter(text: str, *, where: str = "template") -> tuple[dict[str, object], str]:
    """`+++` TOML `+++` then the body; a file without front-matter is an error (every template says
    what it is)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != FENCE:
        raise TemplateLibraryError(f"{where}: no front-matter (the file must start with a '+++' line)")
    for i in range(1, len(lines)):
        if lines[i].strip() == FENCE:
            try:
                meta = tomllib.loads("".join(lines[1:i]))
            except tomllib.TOMLDecodeError as e:
                raise TemplateLibraryError(f"{where}: front-matter is not valid TOML: {e}") from e
            return meta, "".join(lines[i + 1:])
    raise TemplateLibraryError(f"{where}: front-matter is not closed by a '+++' line")


def read_template(path: Path) -> TemplateSpec:
    meta, body = split_front_matter(path.read_text(encoding="utf-8"), where=str(path))
    missing = [k for k in ("name", "kind", "outcome", "output", "language") if not meta.get(k)]
    if missing:
        raise TemplateLibraryError(f"{path}: front-matter lacks {', '.join(missing)}")
    if meta["output"] not in OUTPUTS:
        raise TemplateLibraryError(f"{path}: output must be one of {', '.join(OUTPUTS)}, not {meta['output']!r}")
    known = {"name", "kind", "outcome", "output", "language", "subject", "description", "required", "meets",
             "aliases"}
    return TemplateSpec(
        name=str(meta["name"]), kind=str(meta["kind"]), outcome=str(meta["outcome"]),
        output=DraftOutput(str(meta["output"])), language=str(meta["language"]), path=path, source=body,
        subject=str(meta.get("subject", "")), description=str(meta.get("description", "")),
        required=_strings(meta.get("required", []), path, "required"),
        meets=_strings(meta.get("meets", []), path, "meets"),
        aliases=_strings(meta.get("aliases", []), path, "aliases"),
        extra={k: v for k, v in meta.items() if k not in known},
    )


def _strings(value: object, path: Path, key: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise TemplateLibraryError(f"{path}: {key} must be a list")
    return tuple(str(x) for x in value)


@dataclass(frozen=True)
class Library:
    root: Path
    templates: tuple[TemplateSpec, ...]

    def for_kind(self, kind: str | None) -> list[TemplateSpec]:
        return [t for t in self.templates if t.kind == kind]

    def versions(self, name: str, *, kind: str | None = None) -> list[TemplateSpec]:
        """Every language of the template `name` ("kind/name", or a name under `kind`; a name only
        one kind has serves every case; an alias a template lists answers for it)."""
        if "/" in name:
            kind, name = name.split("/", 1)

        def named(t: TemplateSpec) -> bool:
            return t.name == name or name in t.aliases

        hits = [t for t in self.templates if named(t) and (kind is None or t.kind == kind)]
        if not hits and kind is not None and len({t.kind for t in self.templates if named(t)}) == 1:
            # a template only one kind has (the internal case summary) serves every case
            hits = [t for t in self.templates if named(t)]
        if not hits:
            names = ", ".join(sorted({t.key for t in self.for_kind(kind)})) or "none"
            raise TemplateLibraryError(f"no template {name!r} for kind {kind!r} (templates for it: {names})")
        return hits

    def find(self, name: str, *, kind: str | None = None, language: str | None = None,
             strict: bool = False) -> TemplateSpec:
        """`name` is "kind/name" or a bare name looked up under `kind`; the template in `language`
        is preferred, English next, then any. `strict`: the template in `language` or an error
        naming the languages there are (a person asked for that language)."""
        hits = self.versions(name, kind=kind)
        if strict and language:
            for t in hits:
                if t.language == language.lower():
                    return t
            there = ", ".join(sorted({t.language for t in hits}))
            raise TemplateLibraryError(
                f"template {hits[0].key} has no {language!r} version: the languages there are {there}")
        for lang in (language, "en"):
            for t in hits:
                if lang and t.language == lang:
                    return t
        return hits[0]


def load_library(root: Path | None = None) -> Library:
    """The library at `root` (a team's own), or the bundled one."""
    root = root or DEFAULT_TEMPLATES
    if not root.is_dir():
        raise TemplateLibraryError(f"template folder {root} does not exist")
    specs = [
        read_template(p)
        for p in sorted(root.glob("*/*.j2"))
        if not p.parent.name.startswith("_")
    ]
    return Library(root=root, templates=tuple(specs))
