"""Labelled fields ("Full name: …", "Sachbearbeiter: …", "Force: …") of web forms, police request
forms and the reference blocks of letters: who the sender is where a signature is missing or thin."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lexicon
from extract.layout.lines import fields, lines

# The label names a field about the sender: its person, organisation or email address.
PERSON_LABELS = re.compile(rf"^{lexicon.alternation('person_labels')}$", re.I)
ORG_LABELS = re.compile(rf"^{lexicon.alternation('organisation_labels')}$", re.I)
EMAIL_LABELS = re.compile(rf"^{lexicon.alternation('email_labels')}$", re.I)
# "Label: value", or a printed form's dot leaders ("Name ........ value").
LABEL = re.compile(r"^(?P<label>[^\W\d][\w .()/-]{0,40}?)(?:\s*:|\s*(?:\.{3,}|…+)\s*:?)\s*(?P<value>\S.*)$")
# A field left empty the way forms and people say so: "(none)", "n/a", "-", "keine", "aucune", "ingen".
EMPTY = re.compile(rf"^[(\[]?\s*(?:{lexicon.alternation('empty_values')}|[-–—/.]+)\s*[)\]]?\.?$", re.I)


@dataclass(frozen=True)
class Field:
    kind: str  # "person" | "organisation" | "email"
    label: str
    value: str
    start: int
    end: int


def labelled_fields(text: str, start: int, end: int) -> list[Field]:
    """The sender's labelled fields in text[start:end], in order of appearance."""
    out: list[Field] = []
    for ln in lines(text, start, end):
        for f in fields(ln):
            m = LABEL.match(f.text)
            if not m:
                continue
            label = m["label"].strip()
            bare = re.sub(r"\s*\([^)]*\)$", "", label)  # "Unterschrift (elektronisch)", "Name (optional)"
            value = m["value"].strip()
            if EMPTY.match(value):
                continue  # "Company: (none)": no one's name
            vstart = f.start + m.start("value")
            # "Company / organisation:", "Name / Vorname:": a label offering alternatives is each of them
            names = (label, bare, *re.split(r"\s*/\s*", bare))
            kind = (
                "person" if any(PERSON_LABELS.match(n) for n in names)
                else "organisation" if any(ORG_LABELS.match(n) for n in names)
                else "email" if any(EMAIL_LABELS.match(n) for n in names)
                else None
            )
            if kind == "organisation":
                # "Acme Bistro (restaurant)": a description in brackets after the name is not part of it
                value = re.sub(r"\s*\([^()A-ZÀ-Þ\d]*\)$", "", value)
            if kind:
                out.append(Field(kind, label, value, vstart, vstart + len(value)))
    return out
