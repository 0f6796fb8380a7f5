"""Done-when check of issue 5 on the dev corpus: every case, once its documents are ingested, gets
its kind's acknowledgement with no unresolved placeholders, and the .docx holds the cited review
URLs and the sender's reference."""

from __future__ import annotations

import csv
import io
import json
from email import message_from_bytes, policy
from pathlib import Path

import docx
import pytest
from sqlmodel import select
from typer.testing import CliRunner

from cases.db import make_engine
from cases.db import session as open_session
from cases.models import Case, Document
from lexdesk.cli import app
from responses.config import ResponsesConfig
from responses.context import answered_document, family
from responses.outputs import draft_bytes
from responses.workflow import approve, draft, edit

pytestmark = [pytest.mark.corpus, pytest.mark.slow]


@pytest.fixture(scope="module")
def ingested(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("corpus")
    db = tmp / "corpus.db"
    manifest = tmp / "manifest.csv"
    received = json.loads((corpus_dir / "received.json").read_text(encoding="utf-8"))
    with manifest.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["path", "received"])
        for day in sorted(received):
            for name in sorted(received[day]):
                w.writerow([str(corpus_dir / "files" / name), day])
    runner = CliRunner()
    r = runner.invoke(app, ["--db", str(db), "cases", "import", str(corpus_dir / "cases.json")])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["--db", str(db), "ingest", "--manifest", str(manifest)])
    assert r.exit_code == 0, r.output
    return db


def test_every_case_gets_its_acknowledgement_with_the_data_it_holds(ingested: Path, rcfg: ResponsesConfig) -> None:
    engine = make_engine(ingested)
    checked = 0
    with open_session(engine) as s:
        for case in s.exec(select(Case).order_by(Case.id)).all():
            doc = answered_document(s, case)
            if doc is None:
                continue  # an imported case no document of the corpus reached
            d = draft(s, case, "acknowledgement", rcfg, author="corpus-test")
            # a letter in a language the kind has no acknowledgement in: English, to be confirmed
            languages = {t.language for t in rcfg.library.versions("acknowledgement", kind=case.kind)}
            expected = [] if (doc.language or "en") in languages else ["language"]
            assert d.unresolved == expected, (case.ref, d.unresolved)
            if case.kind:
                assert d.template == f"{case.kind}/acknowledgement"
            fields: dict[str, object] = {}
            for x in family(s, doc):
                for k, v in (x.fields or {}).items():
                    if v and k not in fields:
                        fields[k] = v
            body = "\n".join(p.text for p in docx.Document(io.BytesIO(draft_bytes(s, d, "docx", rcfg))).paragraphs)
            for url in fields.get("cited_urls") or []:  # type: ignore[union-attr]
                assert url in d.text and url in body, (case.ref, url)
            if fields.get("their_reference"):
                assert str(fields["their_reference"]) in body, (case.ref, fields["their_reference"])
            if doc.message_id:
                if expected:  # the reviewer confirms the language by deleting the line, then approves
                    d = edit(s, d, "\n".join(x for x in d.text.splitlines() if "[[CONFIRM" not in x), rcfg,
                             actor="corpus-test")
                d = approve(s, d, rcfg, actor="corpus-approver")  # only an approved draft is a sendable email
                msg = message_from_bytes(draft_bytes(s, d, "eml", rcfg), policy=policy.default)
                assert msg["In-Reply-To"] == doc.message_id
                assert case.ref in msg["Subject"]
            checked += 1
    engine.dispose()
    assert checked >= 20
    # every document of the corpus is in some case that was drafted for
    with open_session(make_engine(ingested)) as s:
        assert all(doc.case_id for doc in s.exec(select(Document)).all())
