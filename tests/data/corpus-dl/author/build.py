"""Author script for tests/data/corpus-dl: builds docs/*.json + cases.json with checks."""
import json, re, sys, calendar
from datetime import date, timedelta, datetime
from pathlib import Path
import holidays

sys.path.insert(0, str(Path(__file__).parent))
import common
import en, de, fr, da  # noqa: registers docs

OUT = Path("/work/main/tests/data/corpus-dl")
GOLD_KEYS = ["kind", "sender_name", "sender_organisation", "sender_email", "represented_party",
             "their_reference", "our_reference", "cited_urls", "cited_review_ids", "quoted_statements",
             "deadline", "deadline_basis", "legal_bases", "case"]
KINDS = {"legal_demand", "ip_notice", "data_request", "illegal_content_notice", "court_order", "law_enforcement",
         "regulator", "consumer_appeal", "business_appeal", "internal_escalation"}
BASES = {"defamation", "malicious_falsehood", "harassment", "data_protection", "dsa", "copyright", "trademark",
         "consumer_law", "court_order", "criminal", "platform_guidelines"}
HOL = {"GB": holidays.country_holidays("GB", subdiv="ENG", years=[2026, 2027]),
       "US": holidays.country_holidays("US", years=[2026, 2027]),
       "DE": holidays.country_holidays("DE", years=[2026, 2027]),
       "FR": holidays.country_holidays("FR", years=[2026, 2027]),
       "DK": holidays.country_holidays("DK", years=[2026, 2027])}
D = date.fromisoformat


def compute(dl, letter, received):
    if dl is None:
        return None
    kind = dl[0]
    if kind == "date":
        return D(dl[1])
    anchor = D(received) if (dl[1] == "received" or letter is None) else D(letter)
    if kind == "days":
        return anchor + timedelta(days=dl[2])
    if kind == "wd":
        d, n = anchor, dl[2]
        while n:
            d += timedelta(days=1)
            if d.weekday() < 5 and d not in HOL[dl[3]]:
                n -= 1
        return d
    if kind == "month":
        y, m = (anchor.year + (anchor.month == 12), anchor.month % 12 + 1)
        assert anchor.day <= calendar.monthrange(y, m)[1]
        return date(y, m, anchor.day)
    raise ValueError(dl)


def compute2(dl, letter, received):
    """independent second computation: list of business days / ordinal arithmetic"""
    if dl is None:
        return None
    if dl[0] == "date":
        return datetime.strptime(dl[1], "%Y-%m-%d").date()
    anchor = received if (dl[1] == "received" or letter is None) else letter
    a = datetime.strptime(anchor, "%Y-%m-%d").date()
    if dl[0] == "days":
        return date.fromordinal(a.toordinal() + dl[2])
    if dl[0] == "wd":
        days = [date.fromordinal(a.toordinal() + i) for i in range(1, 60)]
        bd = [x for x in days if x.isoweekday() <= 5 and x not in HOL[dl[3]]]
        return bd[dl[2] - 1]
    if dl[0] == "month":
        return a.replace(month=a.month + 1) if a.month < 12 else a.replace(year=a.year + 1, month=1)


EN_WD = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
DE_WD = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
FR_WD = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
DA_WD = "mandag tirsdag onsdag torsdag fredag lørdag søndag".split()
MON = {"en": "January February March April May June July August September October November December".split(),
       "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
       "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
       "da": "januar februar marts april maj juni juli august september oktober november december".split()}


def weekday_claims(text):
    out = []
    pats = [(EN_WD, "en", r"({wd}),? (?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({mon})(?: (\d{{4}}))?"),
            (DE_WD, "de", r"({wd}),? (?:den |dem )?(\d{{1,2}})\. ({mon})(?: (\d{{4}}))?"),
            (FR_WD, "fr", r"({wd}) (\d{{1,2}})(?:er)? ({mon})(?: (\d{{4}}))?"),
            (DA_WD, "da", r"({wd}) den (\d{{1,2}})\. ({mon})(?: (\d{{4}}))?")]
    for wds, lang, pat in pats:
        rx = re.compile(pat.format(wd="|".join(wds), mon="|".join(MON[lang])))
        for m in rx.finditer(text):
            mo = MON[lang].index(m.group(3)) + 1
            y = int(m.group(4)) if m.group(4) else (2027 if mo == 1 else 2026)
            out.append((m.group(0), wds.index(m.group(1)), date(y, mo, int(m.group(2)))))
    for m in re.finditer(r"(" + "|".join(DE_WD) + r"), den (\d\d)\.(\d\d)\.(\d{4})", text):
        out.append((m.group(0), DE_WD.index(m.group(1)), date(int(m.group(4)), int(m.group(3)), int(m.group(2)))))
    return out


def main():
    docs = common.DOCS
    errors = []
    out_docs = []
    seen_keys = set()
    for i, d in enumerate(docs, 1):
        did = f"d{i:02d}"
        assert d["key"] not in seen_keys
        seen_keys.add(d["key"])

        def sub(s):
            if s is None:
                return None
            for n in range(1, 6):
                s = s.replace("{R%d}" % n, common.rid(d["case"], n))
            return s
        text = sub(d["text"])
        g = dict(d["gold"])
        g["cited_urls"] = [sub(u) for u in g["cited_urls"]]
        ids = []
        for h in re.findall(r"(?<![0-9a-f])[0-9a-f]{24}(?![0-9a-f])", text):
            if h not in ids:
                ids.append(h)
        g["cited_review_ids"] = ids
        dl = compute(d["dl"], d["letter_date"], d["received"])
        dl2 = compute2(d["dl"], d["letter_date"], d["received"])
        g["deadline"] = dl.isoformat() if dl else None
        g["case"] = d["case"]
        gold = {k: g[k] for k in GOLD_KEYS}
        # ---- checks
        def err(msg):
            errors.append(f"{did} {d['key']}: {msg}")
        if dl != dl2:
            err(f"two computations differ {dl} {dl2}")
        if (g["deadline"] or None) != d["expect"]:
            err(f"deadline {g['deadline']} != expected {d['expect']}")
        if (gold["deadline"] is None) != (gold["deadline_basis"] is None):
            err("deadline/basis null mismatch")
        norm = lambda s: re.sub(r"\s+", " ", s)
        if gold["deadline_basis"] and norm(gold["deadline_basis"]) not in norm(text):
            err(f"basis not in text: {gold['deadline_basis']!r}")
        for q in gold["quoted_statements"]:
            if q not in text:
                err(f"quote not in text: {q!r}")
        for u in gold["cited_urls"]:
            if u not in text:
                err(f"url not in text: {u}")
            if "/reviews/" in u and u.rsplit("/", 1)[1] not in ids:
                err("url id missing")
        if gold["kind"] not in KINDS:
            err("bad kind")
        if not set(gold["legal_bases"]) <= BASES:
            err(f"bad bases {gold['legal_bases']}")
        if gold["their_reference"] and gold["their_reference"] not in text and not (
                d["email"] and gold["their_reference"] in d["email"]["subject"]):
            err("their_reference not in doc")
        if gold["sender_email"] and gold["sender_email"] not in text and not (
                d["email"] and d["email"]["from_addr"] == gold["sender_email"]):
            err("sender_email not in doc")
        if gold["sender_name"] and gold["sender_name"] not in text:
            err("sender_name not in text")
        wc = len(text.split())
        if not 80 <= wc <= 250:
            err(f"word count {wc}")
        if not "2026-11-02" <= d["received"] <= "2026-12-04":
            err("received out of range")
        if d["letter_date"] and not d["letter_date"] <= d["received"]:
            err("letter after received")
        if d["letter_date"] and (D(d["received"]) - D(d["letter_date"])).days > 7:
            err("letter too old")
        if d["email"]:
            assert d["fmt"] == "eml"
            ed = datetime.fromisoformat(d["email"]["date"]).date().isoformat()
            if ed != d["letter_date"]:
                err(f"email date {ed} != letter_date {d['letter_date']}")
        else:
            assert d["fmt"] != "eml"
        for s, wd, dt in weekday_claims(text):
            if dt.weekday() != wd:
                err(f"weekday wrong: {s!r} is a {EN_WD[dt.weekday()]}")
        out_docs.append({"id": did, "format": d["fmt"], "language": d["lang"], "received": d["received"],
                         "email": d["email"], "text": text, "gold": gold,
                         "_wc": wc, "_dl": d["dl"], "_letter": d["letter_date"]})
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    ddir = OUT / "docs"
    ddir.mkdir(parents=True, exist_ok=True)
    for old in ddir.glob("*.json"):
        old.unlink()
    for o in out_docs:
        clean = {k: v for k, v in o.items() if not k.startswith("_")}
        (ddir / f"{o['id']}.json").write_text(json.dumps(clean, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (OUT / "cases.json").write_text("[]\n", encoding="utf-8")
    # summary
    from collections import Counter
    print("docs", len(out_docs), Counter(o["language"] for o in out_docs), Counter(o["format"] for o in out_docs))
    print("null deadlines", sum(o["gold"]["deadline"] is None for o in out_docs))
    print("dl types", Counter((o["_dl"] or ("null",))[0] for o in out_docs))
    print("word counts", min(o["_wc"] for o in out_docs), max(o["_wc"] for o in out_docs))
    for o in out_docs:
        print(o["id"], o["language"], o["format"], o["received"], o["_letter"], o["gold"]["deadline"],
              "|", o["gold"]["deadline_basis"], "|", o["_dl"], o["_wc"])


if __name__ == "__main__":
    main()
