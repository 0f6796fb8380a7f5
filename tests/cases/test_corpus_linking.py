"""Linking alone on the dev corpus: each document filed with its gold fields as its extraction
(so that only linking is measured), in arrival order, against the imported cases.

Holds linking_accuracy = linking_existing = 1.0; the end-to-end figure (with real extraction)
is the corpus test of the whole pipeline.
"""

from __future__ import annotations

import importlib.util
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from cases import Part, file_document
from cases.config import CasesConfig
from cases.importing import import_cases, read_cases
from cases.models import Case, Document
from ingest.models import EmailHeaders, ParsedDocument
from tests.cases.conftest import extraction

pytestmark = pytest.mark.corpus


def _score_module(corpus: Path) -> Any:
    spec = importlib.util.spec_from_file_location("corpus_score", corpus.parent / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _parsed(doc: dict[str, Any], name: str) -> ParsedDocument:
    e = doc.get("email")
    head = None
    if e:
        head = EmailHeaders(from_name=e.get("from_name"), from_addr=e.get("from_addr"), subject=e.get("subject"),
                            message_id=e.get("message_id"), in_reply_to=e.get("in_reply_to"),
                            references=tuple(e.get("references") or ()),
                            date=datetime.fromisoformat(e["date"]) if e.get("date") else None)
    return ParsedDocument(sha256=f"{doc['id']:0>64}", media_type=doc["format"], filename=name,
                          text=doc["text"], email=head)


def _file_corpus(session: Session, cfg: CasesConfig, corpus: Path) -> list[dict[str, Any]]:
    gold = [json.loads(line) for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    rows = {(g["file"], g.get("part")): g for g in gold}
    received = json.loads((corpus / "received.json").read_text(encoding="utf-8"))
    preds = []
    for day in sorted(received):
        for name in sorted(received[day]):
            doc = json.loads((corpus / "docs" / f"{Path(name).stem}.json").read_text(encoding="utf-8"))
            keys = [k for k in rows if k[0] == name]
            keys.sort(key=lambda k: k[1] is not None)
            parts = [Part(_parsed(doc, name), extraction(**rows[keys[0]]), original=name)]
            for att_id, key in zip((doc.get("email") or {}).get("attachments", []), keys[1:], strict=False):
                att = json.loads((corpus / "docs" / f"{att_id}.json").read_text(encoding="utf-8"))
                parts.append(Part(_parsed(att, key[1]), extraction(**rows[key]), original=name, part=key[1]))
            docs = file_document(session, parts, cfg, received=date.fromisoformat(day), actor="test")
            for key, d in zip(keys, docs, strict=True):
                case = session.get(Case, d.case_id)
                preds.append({"file": key[0], "part": key[1], "case": case.ref if case else None})
    return preds


def test_linking_on_the_dev_corpus_with_gold_extraction(corpus_dir: Path, session: Session, cfg: CasesConfig) -> None:
    import_cases(session, read_cases(corpus_dir / "cases.json"), actor="test", profile=cfg.profile)
    preds = _file_corpus(session, cfg, corpus_dir)
    score = _score_module(corpus_dir)
    gold = score.load(str(corpus_dir / "gold.jsonl"))
    pred = {(p["file"], p["part"]): p for p in preds}
    refs = {c.ref for c in read_cases(corpus_dir / "cases.json")}
    res = score.score(gold, pred, refs)
    wrong = [(k, gold[k]["case"], pred[k]["case"]) for k in gold if k in pred and gold[k]["case"] != pred[k]["case"]
             and not str(gold[k]["case"]).startswith("new:")]
    assert res["linking_existing"]["value"] == 1.0, wrong
    assert res["linking_accuracy"]["value"] == 1.0
    assert len(session.exec(select(Document)).all()) == len(gold)
