"""Labelled fields ("Full name: …", "Sachbearbeiter: …", "Force: …") of web forms, police request
forms and the reference blocks of letters: who the sender is where a signature is missing or thin."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.layout.lines import fields, lines

# The label names a field about the sender: its person, organisation or email address.
PERSON_LABELS = re.compile(
    r"^(?:full\s+name|your\s+(?:full\s+)?name|name(?:\s+of\s+(?:notifier|complainant|sender|requester|applicant))?|"
    r"notifier|complainant|from|contact(?:\s+person)?|requesting\s+officer|officer(?:\s+in\s+(?:charge|the\s+case))?|"
    r"investigating\s+officer|case\s+officer|signature\s*\(typed\)|typed\s+signature|signed|signature|"
    r"unterschrift|underskrift|signatur|"
    r"sachbearbeiter(?:in)?|bearbeiter(?:in)?|ansprechpartner(?:in)?|absender|vor-?\s*und\s+nachname|"
    r"dossier\s+suivi\s+par|affaire\s+suivie\s+par|interlocuteur|nom(?:\s+et\s+prénom|\s+complet)?|prénom\s+et\s+nom|"
    r"vollständiger\s+name|"
    r"exp[ée]diteur|sagsbehandler|kontaktperson|navn|fulde\s+navn|afsender)$",
    re.I,
)
ORG_LABELS = re.compile(
    r"^(?:organi[sz]ation(?:\s*\(optional\))?|company(?:\s+name)?|business(?:\s+name)?|firm|force|police\s+force|"
    r"authority|employer|on\s+behalf\s+of\s+organi[sz]ation|unternehmen|firma|organisation|behörde|dienststelle|"
    r"société|entreprise|organisme|virksomhed|organisation|myndighed|politikreds)$",
    re.I,
)
EMAIL_LABELS = re.compile(r"^(?:e-?mail(?:\s+address)?|your\s+e-?mail|courriel|adresse\s+e-?mail|mail)$", re.I)
# "Label: value", or a printed form's dot leaders ("Name ........ value").
LABEL = re.compile(r"^(?P<label>[^\W\d][\w .()/-]{0,40}?)(?:\s*:|\s*(?:\.{3,}|…+)\s*:?)\s*(?P<value>\S.*)$")


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
            vstart = f.start + m.start("value")
            kind = (
                "person" if PERSON_LABELS.match(label) or PERSON_LABELS.match(bare)
                else "organisation" if ORG_LABELS.match(label) or ORG_LABELS.match(bare)
                else "email" if EMAIL_LABELS.match(label) or EMAIL_LABELS.match(bare)
                else None
            )
            if kind:
                out.append(Field(kind, label, value, vstart, vstart + len(value)))
    return out
