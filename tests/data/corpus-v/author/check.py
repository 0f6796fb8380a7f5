import json, re, sys
from datetime import date, timedelta
from pathlib import Path
import holidays
OUT = Path("/work/main/tests/data/corpus-v")
docs = {p.stem: json.loads(p.read_text()) for p in sorted((OUT / "docs").glob("*.json"))}
cases = json.loads((OUT / "cases.json").read_text())
refs = {c["ref"]: c for c in cases}

def add_month(d):
    y, m = (d.year, d.month + 1) if d.month < 12 else (d.year + 1, 1)
    return date(y, m, d.day)
def wd(d, n, country, subdiv=None):
    h = holidays.country_holidays(country, subdiv=subdiv, years=[d.year, d.year + 1])
    while n:
        d += timedelta(1)
        if d.weekday() < 5 and d not in h:
            n -= 1
    return d
D = date.fromisoformat
SPEC = {  # independent derivation of each deadline
 "v01": ("date", "2026-11-13"), "v03": ("month", "2026-11-03"), "v04": ("wd", "R", 8, "FR"),
 "v05": ("date", "2026-11-20"), "v07": ("days", "R", 10), "v09": ("date", "2026-11-20"),
 "v11": ("date", "2026-11-30"), "v12": ("date", "2026-11-18"), "v13": ("days", "R", 14),
 "v14": ("days", "2026-11-10", 14), "v15": ("date", "2026-11-26"), "v16": ("days", "2026-11-10", 10),
 "v17": ("days", "R", 14), "v19": ("date", "2026-11-27"), "v20": ("month", "R"),
 "v21": ("days", "R", 7), "v22": ("wd", "2026-11-17", 10, "US"), "v24": ("date", "2026-11-19"),
 "v25": ("date", "2026-11-27"), "v27": ("month", "R"), "v28": ("date", "2026-12-04"),
 "v30": ("date", "2026-11-30"), "v31": ("date", "2026-12-04"), "v32": ("days", "2026-11-19", 14),
 "v33": ("date", "2026-11-30"), "v34": ("date", "2026-12-07"), "v35": ("days", "R", 14),
 "v36": ("date", "2026-12-01"), "v37": ("days", "R", 8), "v38": ("date", "2026-12-07"),
 "v39": ("date", "2026-12-03"), "v40": ("date", "2026-12-02"), "v41": ("date", "2026-12-10"),
 "v43": ("month", "R"), "v44": ("date", "2026-12-03"), "v45": ("days", "2026-11-27", 14),
 "v46": ("wd", "R", 5, "DK"), "v52": ("wd", "2026-12-02", 20, "GB", "ENG"), "v54": ("date", "2027-01-08"),
}
errs = []
attached = {a for d in docs.values() if d["email"] for a in d["email"]["attachments"]}
for i, d in docs.items():
    g, t = d["gold"], d["text"]
    full = t + ("\n" + d["email"]["subject"] if d["email"] else "")
    sp = SPEC.get(i)
    if sp:
        kind = sp[0]
        anc = (lambda a: D(d["received"]) if a == "R" else D(a))
        exp = {"date": lambda: D(sp[1]), "month": lambda: add_month(anc(sp[1])),
               "days": lambda: anc(sp[1]) + timedelta(sp[2]),
               "wd": lambda: wd(anc(sp[1]), sp[2], sp[3], sp[4] if len(sp) > 4 else None)}[kind]()
        if g["deadline"] != exp.isoformat():
            errs.append(f"{i}: deadline {g['deadline']} != {exp}")
    elif g["deadline"] is not None:
        errs.append(f"{i}: deadline without spec")
    if (g["deadline"] is None) != (g["deadline_basis"] is None):
        errs.append(f"{i}: basis/deadline mismatch")
    if g["deadline_basis"] and g["deadline_basis"] not in t:
        errs.append(f"{i}: basis not in text: {g['deadline_basis']}")
    for q in g["quoted_statements"]:
        if q not in t: errs.append(f"{i}: quote not in text: {q}")
    for u in g["cited_urls"]:
        if u not in t: errs.append(f"{i}: url not in text {u}")
        if not re.fullmatch(r"https://[a-z]+\.trustpilot\.com/(reviews/[0-9a-f]{24}|review/[a-z0-9.-]+)", u):
            errs.append(f"{i}: bad url {u}")
    found = set(re.findall(r"(?<![0-9a-f])[0-9a-f]{24}(?![0-9a-f])", t))
    if found != set(g["cited_review_ids"]):
        errs.append(f"{i}: ids text {found} vs gold {g['cited_review_ids']}")
    for k in ["their_reference", "our_reference", "sender_name", "represented_party"]:
        v = g[k]
        if v and v not in full and not (k == "sender_name" and d["email"] and v == d["email"]["from_name"]):
            errs.append(f"{i}: {k} not in text: {v}")
    if g["sender_email"] and g["sender_email"] not in t and not (d["email"] and d["email"]["from_addr"] == g["sender_email"]):
        errs.append(f"{i}: email not found {g['sender_email']}")
    if d["email"] and g["sender_email"] != d["email"]["from_addr"] and d["email"]["from_addr"] in t:
        pass
    o = re.findall(r"CI-\d{4}-\d{4}", full)
    if set(o) != ({g["our_reference"]} if g["our_reference"] else set()):
        errs.append(f"{i}: our refs in text {o} vs {g['our_reference']}")
    c = g["case"]
    if not (c.startswith("new:") or (c in refs and refs[c]["status"] == "open")):
        errs.append(f"{i}: bad case {c}")
    n = len(t.split())
    if not (150 <= n <= 450): errs.append(f"{i}: {n} words")
    if not ("2026-11-02" <= d["received"] <= "2026-12-04"): errs.append(f"{i}: received")
    if d["email"]:
        for a in d["email"]["attachments"]:
            if docs[a]["received"] != d["received"]: errs.append(f"{i}: attachment received differs")
        irt = d["email"]["in_reply_to"]
        if irt:
            owner = [c["ref"] for c in cases if irt in c.get("message_ids", [])]
            if owner != [g["case"]]: errs.append(f"{i}: in_reply_to {owner}")
    if d["format"] == "eml" and not d["email"]: errs.append(f"{i}: eml no email")
    if i in attached and d["format"] not in ("pdf", "docx"): errs.append(f"{i}: attachment format")
print("\n".join(errs) or "all ok")
# summary
from collections import Counter
print(Counter(d["language"] for d in docs.values()))
print(Counter(d["gold"]["kind"] for d in docs.values()))
print(Counter(d["format"] for d in docs.values()))
fu = [i for i, d in docs.items() if not d["gold"]["case"].startswith("new:")]
print("follow-ups", len(fu), fu)
print("no deadline", sum(d["gold"]["deadline"] is None for d in docs.values()))
nc = Counter(d["gold"]["case"] for d in docs.values() if d["gold"]["case"].startswith("new:"))
print("new cases", len(nc), {k: v for k, v in nc.items() if v > 1})
print("cases used", Counter(d["gold"]["case"] for d in docs.values() if not d["gold"]["case"].startswith("new:")))
