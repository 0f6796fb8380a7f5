"""An installed lexdesk works outside the repo: a wheel built from the source, installed into a
folder of its own, files a letter and drafts the reply from the templates it carries.

The wheel is built with the venv's own setuptools (no download) from a copy of the source, so
the repo gets no build/ folder; it is installed with `--target` and run with this interpreter,
whose installed dependencies it shares, from a folder outside the repo.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("ingest", "extract", "lexicon", "cases", "responses", "mail", "lexdesk")
REVIEW = "0123456789abcdef01234567"
LETTER = f"""Example Solicitors LLP
1 High Street, London

4 November 2026

Dear Sir or Madam,

Our client: Example Bakery Ltd

We act for the above client in respect of the review at
https://www.trustpilot.com/reviews/{REVIEW}, which is defamatory of our client.
We require that you remove it within 14 days of the date of this letter.

Yours faithfully,

Jane Example
Example Solicitors LLP
jane@example-solicitors.test
"""

def _build_and_install(tmp: Path) -> Path:
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    for pkg in PACKAGES:
        shutil.copytree(REPO / pkg, src / pkg, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    build = [*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", str(src), "-w", str(tmp / "dist")]
    subprocess.run(build, check=True, capture_output=True, text=True)
    (wheel,) = (tmp / "dist").glob("lexdesk-*.whl")
    site = tmp / "site"
    subprocess.run([*pip, "install", "--no-deps", "--no-index", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, text=True)
    return site


def test_an_installed_wheel_files_a_letter_and_drafts_from_its_bundled_templates(tmp_path: Path) -> None:
    site = _build_and_install(tmp_path)
    work = tmp_path / "desk"  # outside the repo: nothing can be found relative to it
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEXDESK_") and k not in ("DATABASE_URL",)}
    env.update(PYTHONPATH=str(site), LEXDESK_USER="alice", PYTHONDONTWRITEBYTECODE="1")

    def run(*args: str) -> str:
        r = subprocess.run([sys.executable, *args], cwd=work, env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stdout + r.stderr
        return r.stdout

    where = json.loads(run("-c", "import json, responses, lexdesk, cases; from responses.library import "
                                 "DEFAULT_TEMPLATES as t; print(json.dumps([responses.__file__, lexdesk.__file__, "
                                 "cases.__file__, str(t)]))"))
    assert all(Path(p).is_relative_to(site) for p in where), where
    assert (Path(where[3]) / "legal_demand").is_dir()

    (work / "cases.json").write_text(json.dumps([{
        "ref": "CI-2026-0077", "title": "Bakery review", "opened": "2026-10-20", "status": "open",
        "parties": ["Example Bakery Ltd"], "cited_review_ids": [REVIEW]}]), encoding="utf-8")
    (work / "letter.txt").write_text(LETTER, encoding="utf-8")
    lexdesk = ["-m", "lexdesk", "--db", "desk.db"]
    assert "1 cases imported" in run(*lexdesk, "cases", "import", "cases.json")
    assert "CI-2026-0077" in run(*lexdesk, "ingest", "letter.txt", "--received", "2026-11-05")
    out = run(*lexdesk, "draft", "CI-2026-0077", "--out", "reply.docx")
    assert "template legal_demand/acknowledgement" in out

    body = "\n".join(p.text for p in docx.Document(io.BytesIO((work / "reply.docx").read_bytes())).paragraphs)
    bundled = (Path(where[3]) / "legal_demand" / "acknowledgement.txt.j2").read_text(encoding="utf-8")
    assert REVIEW in body and "CI-2026-0077" in body
    # a sentence of the bundled template, as written there, is in the letter
    plain = [line.strip() for line in bundled.split("+++")[-1].splitlines()
             if len(line.strip()) > 40 and "{" not in line]
    assert plain and any(line in body for line in plain)
    assert not (REPO / "build").exists()
