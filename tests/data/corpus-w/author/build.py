import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import DOCS, R, D
import part_en, part_de, part_fr, part_da  # noqa

OUT = Path("/work/main/tests/data/corpus-w")
KINDS = {"legal_demand", "ip_notice", "data_request", "illegal_content_notice", "court_order", "law_enforcement",
         "regulator", "consumer_appeal", "business_appeal", "internal_escalation"}
BASES = {"defamation", "malicious_falsehood", "harassment", "data_protection", "dsa", "copyright", "trademark",
         "consumer_law", "court_order", "criminal", "platform_guidelines"}

CASES = [
    {"ref": "CI-2026-0214", "title": "Fenwick Auto Repairs (Belfast) – defamation complaint about a review",
     "opened": "2026-05-11", "status": "closed", "parties": ["Fenwick Auto Repairs Ltd", "McAteer Quinn Solicitors"],
     "cited_review_ids": [R["FENWICK_OLD"]], "cited_urls": [f"https://uk.trustpilot.com/reviews/{R['FENWICK_OLD']}"],
     "emails": ["d.mcateer@mcateerquinn.co.uk"], "their_references": ["MQ/FEN/26/041"]},
    {"ref": "CI-2026-0287", "title": "Fjordkanten Bil AS – appeal against rejected flag",
     "opened": "2026-07-02", "status": "closed", "parties": ["Fjordkanten Bil AS"],
     "cited_review_ids": [R["FJORD_OLD"]], "cited_urls": [f"https://no.trustpilot.com/reviews/{R['FJORD_OLD']}"],
     "emails": ["post@fjordkantenbil.no"]},
    {"ref": "CI-2026-0388", "title": "Glenmorie Kitchens (Edinburgh) – defamation demand via Balfour Drummond",
     "opened": "2026-10-14", "status": "open", "parties": ["Glenmorie Kitchens Ltd", "Balfour Drummond LLP"],
     "cited_review_ids": [R["GLEN"]], "cited_urls": [f"https://uk.trustpilot.com/reviews/{R['GLEN']}"],
     "emails": ["fmacleod@balfourdrummond.co.uk"], "their_references": ["FM/GLE/0447-2"],
     "message_ids": ["<ci-2026-0388.20261017.1130@legal.trustpilot.com>"]},
    {"ref": "CI-2026-0395", "title": "Københavns Politi – request for user data (threats)",
     "opened": "2026-10-06", "status": "open", "parties": ["Københavns Politi"],
     "cited_review_ids": [R["DKPOL"]], "cited_urls": [f"https://dk.trustpilot.com/reviews/{R['DKPOL']}"],
     "emails": ["kbh-itkrim@politi.dk"], "their_references": ["0100-84211-00417-26"]},
    {"ref": "CI-2026-0402", "title": "Subject access request – Siobhán Ní Bhriain",
     "opened": "2026-10-02", "status": "open", "parties": ["Siobhán Ní Bhriain"], "cited_review_ids": [],
     "emails": ["siobhan.nibhriain@eircom.net"],
     "message_ids": ["<CAJ8w1Hq2026a1001@mail.eircom.net>", "<ci-2026-0402.20261006.0915@legal.trustpilot.com>"]},
    {"ref": "CI-2026-0409", "title": "Tømrerfirmaet Kjeldsen ApS – removal demand via Brink Lund",
     "opened": "2026-10-28", "status": "open", "parties": ["Tømrerfirmaet Kjeldsen ApS", "Advokatfirmaet Brink Lund"],
     "cited_review_ids": [R["KJELD"]], "cited_urls": [f"https://dk.trustpilot.com/reviews/{R['KJELD']}"],
     "emails": ["abl@brinklund.dk"], "their_references": ["1187-26/ABL"],
     "message_ids": ["<a3f1c7e2-5d40-4f1e-9a8b-brinklund-2810@brinklund.dk>",
                     "<ci-2026-0409.20261104.0931@legal.trustpilot.com>"]},
    {"ref": "CI-2026-0415", "title": "Huber Backwaren GmbH (Wien) – Kreditschädigung, Pichler Stadlmayr",
     "opened": "2026-10-01", "status": "open", "parties": ["Huber Backwaren GmbH", "Pichler Stadlmayr Rechtsanwälte OG"],
     "cited_review_ids": [R["HUB"]], "cited_urls": [f"https://at.trustpilot.com/reviews/{R['HUB']}"],
     "emails": ["t.stadlmayr@pichler-stadlmayr.at"], "their_references": ["PS-2026/0318/ST"]},
    {"ref": "CI-2026-0421", "title": "Zone de police Bruxelles-Capitale / Ixelles – réquisition 46bis",
     "opened": "2026-10-09", "status": "open", "parties": ["Zone de police Bruxelles-Capitale / Ixelles"],
     "cited_review_ids": [R["BEPOL"]], "cited_urls": [f"https://be.trustpilot.com/reviews/{R['BEPOL']}"],
     "emails": ["ser.cyber@zpbxl-ix.be"], "their_references": ["BR.21.LL.104377/2026"]},
    {"ref": "CI-2026-0433", "title": "Datatilsynet – complaint about handling of an erasure request",
     "opened": "2026-10-07", "status": "open", "parties": ["Datatilsynet"], "cited_review_ids": [],
     "emails": ["dt@datatilsynet.dk"], "their_references": ["2026-31-7714"]},
    {"ref": "CI-2026-0440", "title": "Maple Ridge Dental (Barrie, ON) – defamation demand via Hargrove Lindqvist",
     "opened": "2026-10-12", "status": "open",
     "parties": ["Maple Ridge Dental Professional Corporation", "Hargrove Lindqvist LLP"],
     "cited_review_ids": [R["MAPLE_ON"]], "cited_urls": [f"https://ca.trustpilot.com/reviews/{R['MAPLE_ON']}"],
     "emails": ["klindqvist@hargrovelindqvist.ca"], "their_references": ["23-1187/KL"]},
    {"ref": "CI-2026-0447", "title": "Coastline Removals Pty Ltd – consumer warning on profile",
     "opened": "2026-10-15", "status": "open", "parties": ["Coastline Removals Pty Ltd"], "cited_review_ids": [],
     "cited_urls": ["https://au.trustpilot.com/review/coastlineremovals.com.au"],
     "emails": ["dean@coastlineremovals.com.au"],
     "message_ids": ["<CAF9x2p0Lq7QmTz@mail.gmail.com>", "<ci-2026-0447.20261027.1602@legal.trustpilot.com>"]},
    {"ref": "CI-2026-0452", "title": "Le Petit Zinc (Luxembourg) – notification d'avis illicite, Étude Weber & Kremer",
     "opened": "2026-10-13", "status": "open", "parties": ["Le Petit Zinc S.à r.l.", "Étude Weber & Kremer"],
     "cited_review_ids": [R["ZINC"]], "cited_urls": [f"https://fr.trustpilot.com/reviews/{R['ZINC']}"],
     "emails": ["j.weber@weberkremer.lu"], "their_references": ["2026/1173/JW"]},
    {"ref": "CI-2026-0459", "title": "Mette Kjærgaard – appeal against removal of review of dental clinic",
     "opened": "2026-10-19", "status": "open", "parties": ["Mette Kjærgaard"],
     "cited_review_ids": [R["METTE"]], "cited_urls": [f"https://dk.trustpilot.com/reviews/{R['METTE']}"],
     "emails": ["mette.kj@gmail.com"]},
    {"ref": "CI-2026-0463", "title": "Garage Zollinger AG (Winterthur) – Persönlichkeitsverletzung, Brändli Vogt",
     "opened": "2026-10-16", "status": "open", "parties": ["Garage Zollinger AG", "Brändli Vogt Rechtsanwälte AG"],
     "cited_review_ids": [R["ZOLL"]], "cited_urls": [f"https://de.trustpilot.com/reviews/{R['ZOLL']}"],
     "emails": ["m.ruegg@braendlivogt.ch"], "their_references": ["BV 26 0912 / mr"]},
    {"ref": "CI-2026-0470", "title": "Nordlys Design ApS – product photos in a review (copyright)",
     "opened": "2026-10-21", "status": "open", "parties": ["Nordlys Design ApS", "Camilla Nordahl"],
     "cited_review_ids": [R["NORDLYS"]], "cited_urls": [f"https://dk.trustpilot.com/reviews/{R['NORDLYS']}"],
     "emails": ["camilla@nordlysdesign.dk"]},
    {"ref": "CI-2026-0476", "title": "CCPC – request for information, reviews of Shannonside Motors",
     "opened": "2026-10-09", "status": "open", "parties": ["Competition and Consumer Protection Commission"],
     "cited_review_ids": [], "cited_urls": ["https://ie.trustpilot.com/review/shannonsidemotors.ie"],
     "emails": ["agallagher@ccpc.ie"], "their_references": ["CCPC/CP/26/0419"]},
    {"ref": "CI-2026-0481", "title": "Internal escalation – Harbour & Pine Hotels, review of Portrush hotel",
     "opened": "2026-10-22", "status": "open", "parties": ["Harbour & Pine Hotels Ltd"],
     "cited_review_ids": [R["HARBOUR"]], "cited_urls": [f"https://uk.trustpilot.com/reviews/{R['HARBOUR']}"],
     "emails": ["priya.rajan@trustpilot.com", "gdoherty@harbourandpine.co.uk"]},
]

problems = []
def warn(d, msg):
    problems.append(f"{d['id']}: {msg}")

docs = sorted(DOCS, key=lambda d: d["id"])
ids = [d["id"] for d in docs]
assert len(ids) == len(set(ids)), "duplicate ids"
by = {d["id"]: d for d in docs}
case_refs = {c["ref"] for c in CASES}
for d in docs:
    g = d["gold"]
    subj = d["email"]["subject"] if d["email"] else ""
    hay = d["text"] + "\n" + subj
    assert g["kind"] in KINDS, d["id"]
    assert set(g["legal_bases"]) <= BASES, d["id"]
    assert "2026-11-02" <= d["received"] <= "2026-12-04", d["id"]
    if D(d["received"]).weekday() > 4: warn(d, "received on weekend")
    for q in g["quoted_statements"]:
        if q not in d["text"]: warn(d, f"quote not in text: {q[:40]}")
    for u in g["cited_urls"]:
        if u not in d["text"]: warn(d, f"url not in text {u}")
    found_ids = set(re.findall(r"(?<![0-9a-f])[0-9a-f]{24}(?![0-9a-f])", hay))
    if found_ids != set(g["cited_review_ids"]): warn(d, f"ids mismatch found={found_ids} gold={g['cited_review_ids']}")
    found_urls = set(re.findall(r"https://[a-z-]*\.?trustpilot\.com/reviews?/[^\s)<>,]+", d["text"]))
    found_urls = {u.rstrip('.') for u in found_urls}
    if found_urls != set(g["cited_urls"]): warn(d, f"urls mismatch found={found_urls}")
    if g["sender_name"] and g["sender_name"] not in d["text"]: warn(d, "sender name not in text")
    if g["sender_email"] and g["sender_email"] not in hay and not (d["email"] and d["email"]["from_addr"] == g["sender_email"]):
        # attachments may use the sender's email from the letter
        warn(d, "sender email not found")
    if g["their_reference"] and g["their_reference"] not in hay: warn(d, "their ref not found")
    if g["deadline_basis"] and g["deadline_basis"] not in hay: warn(d, "basis not found")
    if (g["deadline"] is None) != (g["deadline_basis"] is None): warn(d, "deadline/basis mismatch")
    if g["case"].startswith("CI-") and g["case"] not in case_refs: warn(d, "unknown case")
    if g["case"] in {"CI-2026-0214", "CI-2026-0287"}: warn(d, "links to closed case")
    n = len(d["text"].split())
    if not 150 <= n <= 450: warn(d, f"word count {n}")
    if d["email"]:
        for a in d["email"]["attachments"]:
            assert by[a]["received"] == d["received"]
    if d["format"] == "eml": assert d["email"], d["id"]
    else: assert d["email"] is None, d["id"]

print("\n".join(problems) or "no problems")
(OUT / "docs").mkdir(parents=True, exist_ok=True)
for old in (OUT / "docs").glob("*.json"): old.unlink()
KEYS = ["id", "format", "language", "received", "email", "text", "gold"]
for d in docs:
    (OUT / "docs" / f"{d['id']}.json").write_text(json.dumps({k: d[k] for k in KEYS}, ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")
(OUT / "cases.json").write_text(json.dumps(CASES, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(docs), "docs written")
