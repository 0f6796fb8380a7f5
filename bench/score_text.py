"""Score extraction alone on a corpus's source texts (docs/*.json), with no ingestion.

    python bench/score_text.py [CORPUS_DIR] [--show] [--field NAME] [--id ID]

Builds a ParsedDocument straight from each document's text (and email headers), runs
`extract.extract`, and scores the result with the corpus's own score.py. For tuning extractors
without the noise of PDF layout or OCR; evaluate.py remains the measure end to end.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract import extract, load_profile  # noqa: E402
from ingest.models import EmailHeaders, ParsedDocument  # noqa: E402

PROFILE = load_profile()
DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
QUOTE_START = re.compile(r"^(On .{5,200}wrote:\s*$|>)", re.M)


def as_parsed(doc: dict) -> ParsedDocument:
    text = doc["text"]
    email = None
    quoted = ""
    if doc.get("email"):
        e = doc["email"]
        email = EmailHeaders(
            from_name=e.get("from_name"), from_addr=e.get("from_addr"), to=(e.get("to") or "",),
            cc=tuple(e.get("cc") or ()), date=datetime.fromisoformat(e["date"]) if e.get("date") else None,
            subject=e.get("subject"), message_id=e.get("message_id"), in_reply_to=e.get("in_reply_to"),
            references=tuple(e.get("references") or ()),
        )
        m = QUOTE_START.search(text)
        if m:
            text, quoted = text[: m.start()].rstrip(), text[m.start() :]
    return ParsedDocument(
        sha256=hashlib.sha256(doc["text"].encode()).hexdigest(), media_type=doc["format"],
        filename=doc["id"], text=text, quoted=quoted, email=email,
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--field", action="append", default=[])
    ap.add_argument("--id", action="append", default=[])
    args = ap.parse_args()
    scorer = args.corpus.parent / "score.py"
    if not scorer.exists():  # a corpus kept elsewhere (tests/data/corpus-x) is scored by the shared score.py
        scorer = DEFAULT.parent / "score.py"
    spec = importlib.util.spec_from_file_location("score", scorer)
    score = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(score)  # type: ignore[union-attr]
    gold: dict = {}
    pred: dict = {}
    for path in sorted((args.corpus / "docs").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if args.id and doc["id"] not in args.id:
            continue
        key = (doc["id"], None)
        gold[key] = doc["gold"]
        ex = extract(as_parsed(doc), received=date.fromisoformat(doc["received"]), profile=PROFILE)
        pred[key] = ex.fields()
    res = score.score(gold, pred)
    for key in sorted(gold):
        g, p = gold[key], pred[key]
        for field in score.SCALARS:
            if args.field and field not in args.field:
                continue
            norm = score.NORMALISERS[field]
            if norm(g.get(field)) != norm(p.get(field)) and (args.show or args.field):
                print(f"{key[0]}\t{field}\tgold={g.get(field)!r}\tgot={p.get(field)!r}")
        for field in [*score.SETS, "quoted_statements"]:
            if args.field and field not in args.field:
                continue
            norm = score.SET_NORMALISERS.get(field, score._quote_norm)
            gs = {norm(x) for x in g.get(field) or []}
            ps = {norm(x) for x in p.get(field) or []}
            if gs != ps and (args.show or args.field):
                print(f"{key[0]}\t{field}\tmissing={sorted(gs - ps)}\textra={sorted(ps - gs)}")
    for name, r in res.items():
        if name != "documents":
            print(f"{name:22} {r['value']:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
