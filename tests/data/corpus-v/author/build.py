import json, sys
from pathlib import Path
sys.path.insert(0, "/tmp/cv")
import common
for m in ["docs_a", "docs_a2", "docs_b", "docs_b2", "docs_b3", "docs_c", "docs_c2", "docs_c3", "docs_d"]:
    __import__(m)
from cases import CASES
OUT = Path("/work/main/tests/data/corpus-v")
(OUT / "docs").mkdir(parents=True, exist_ok=True)
for old in (OUT / "docs").glob("*.json"):
    old.unlink()
ids = [d["id"] for d in common.DOCS]
assert len(ids) == len(set(ids)), "dup ids"
for d in common.DOCS:
    (OUT / "docs" / f"{d['id']}.json").write_text(json.dumps(d, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
(OUT / "cases.json").write_text(json.dumps(CASES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(common.DOCS), "docs")
