"""Kind and legal bases on the labelled dev corpus hold the issue's figures (kind ≥ 0.95, legal
bases F1 ≥ 0.85). Skips where the corpus (../shared) is absent."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

from extract.classify.classifier import classify, find_bases
from extract.layout import Letter, read_letter
from extract.parties.parties import Parties
from extract.profile import load_profile
from ingest.models import EmailHeaders, ParsedDocument

QUOTE_START = re.compile(r"^(On .{5,200}wrote:\s*$|>)", re.M)


def as_letter(doc: dict) -> Letter:
    text, quoted, email = doc["text"], "", None
    if doc.get("email"):
        e = doc["email"]
        email = EmailHeaders(from_name=e.get("from_name"), from_addr=e.get("from_addr"), subject=e.get("subject"),
                             date=datetime.fromisoformat(e["date"]) if e.get("date") else None)
        m = QUOTE_START.search(text)
        if m:
            text, quoted = text[: m.start()].rstrip(), text[m.start() :]
    parsed = ParsedDocument(sha256="0" * 64, media_type=doc["format"], text=text, quoted=quoted, email=email)
    return read_letter(parsed, received=date.fromisoformat(doc["received"]), profile=load_profile(),
                       language=doc["language"])


def test_kind_and_legal_bases_on_the_dev_corpus(corpus_dir: Path) -> None:
    right = total = tp = n_pred = n_gold = 0
    for path in sorted((corpus_dir / "docs").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        letter = as_letter(doc)
        kind, bases = classify(letter, parties=Parties(), bases=find_bases(letter))
        total += 1
        right += kind is not None and kind.value == doc["gold"]["kind"]
        gold, got = set(doc["gold"]["legal_bases"]), {b.value for b in bases}
        tp, n_pred, n_gold = tp + len(gold & got), n_pred + len(got), n_gold + len(gold)
    f1 = 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 1.0
    assert right / total >= 0.95
    assert f1 >= 0.85
