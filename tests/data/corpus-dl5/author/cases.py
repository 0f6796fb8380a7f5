"""Matters already open before any corpus-dl5 document arrives (cases.json): only those that the
chasers, extensions, auto-replies and follow-ups of this corpus belong to. Every other document opens
a new matter (`new:NAME`). Case k cites RID[150 + k]."""
from common import RID


def _case(k, ref, title, opened, parties, *, host, emails=(), theirs=(), mids=()):
    rid = RID[150 + k]
    c = {"ref": ref, "title": title, "opened": opened, "status": "open", "parties": list(parties),
         "cited_review_ids": [rid], "cited_urls": [f"https://{host}/reviews/{rid}"]}
    if emails:
        c["emails"] = list(emails)
    if theirs:
        c["their_references"] = list(theirs)
    if mids:
        c["message_ids"] = list(mids)
    return c


CASES = [
    _case(1, "CI-2026-1701", "Quillon Drainage Ltd – solicitors demand removal of a blocked-drain review",
          "2026-10-14", ["Quillon Drainage Ltd", "Ashby Trelawney Solicitors"], host="uk.trustpilot.com",
          emails=["r.trewhella@ashbytrelawney.co.uk"], theirs=["RT/QD/5513"],
          mids=["<20261021093512.CI-2026-1701.1184@mail.trustpilot.com>"]),
    _case(2, "CI-2026-1702", "Ardnacrusha Motor Sales Ltd – solicitors' complaint about a used-car review",
          "2026-11-02", ["Ardnacrusha Motor Sales Ltd", "Mulcahy Culhane & Co. Solicitors"], host="ie.trustpilot.com",
          emails=["cculhane@mulcahyculhane.ie"], theirs=["CC/AMS/0931"],
          mids=["<20261110120406.CI-2026-1702.2290@mail.trustpilot.com>"]),
    _case(3, "CI-2026-1703", "Wattlebrook Pool Builders Pty Ltd – owner disputes two reviews, documents requested",
          "2026-10-22", ["Wattlebrook Pool Builders Pty Ltd", "Leanne Coverdale"], host="au.trustpilot.com",
          emails=["leanne@wattlebrookpools.com.au"],
          mids=["<20261106081530.CI-2026-1703.3047@mail.trustpilot.com>"]),
    _case(4, "CI-2026-1704", "Kilbride Orthopaedic Clinic Ltd – solicitors' defamation letter, extension sought",
          "2026-11-05", ["Kilbride Orthopaedic Clinic Ltd", "Fennelly Dunphy LLP"], host="ie.trustpilot.com",
          emails=["s.dunphy@fennellydunphy.ie"], theirs=["SD/KOC/2207"],
          mids=["<20261113151022.CI-2026-1704.3316@mail.trustpilot.com>"]),
    _case(5, "CI-2026-1705", "Elbtal Sanitär GmbH – anwaltliche Abmahnung wegen einer Bewertung",
          "2026-10-27", ["Elbtal Sanitär GmbH", "Rathjens Wischhusen Rechtsanwälte"], host="de.trustpilot.com",
          emails=["m.wischhusen@rathjens-wischhusen.de"], theirs=["RW-1188/26"],
          mids=["<20261104140233.CI-2026-1705.4410@mail.trustpilot.com>"]),
    _case(6, "CI-2026-1706", "Tischlerei Gschwandtner – Rechtsanwalt verlangt Löschung, Fristverlängerung",
          "2026-11-11", ["Tischlerei Gschwandtner", "Rechtsanwaltskanzlei Pöchhacker"], host="at.trustpilot.com",
          emails=["office@ra-poechhacker.at"], theirs=["PÖ 318/26"],
          mids=["<20261120101147.CI-2026-1706.5021@mail.trustpilot.com>"]),
    _case(7, "CI-2026-1707", "Velohaus Brunnacher AG – Inhaber bestreitet eine Bewertung",
          "2026-11-02", ["Velohaus Brunnacher AG", "Urs Brunnacher"], host="ch.trustpilot.com",
          emails=["u.brunnacher@velohaus-brunnacher.ch"],
          mids=["<20261112163305.CI-2026-1707.5588@mail.trustpilot.com>"]),
    _case(8, "CI-2026-1708", "Menuiserie Lacombe-Ribot SAS – mise en demeure pour dénigrement",
          "2026-10-19", ["Menuiserie Lacombe-Ribot SAS", "Cabinet Maurepas Saint-Aubin"], host="fr.trustpilot.com",
          emails=["c.maurepas@maurepas-avocats.fr"], theirs=["CM/MLR/26-204"],
          mids=["<20261026110402.CI-2026-1708.6170@mail.trustpilot.com>"]),
    _case(9, "CI-2026-1709", "Boulangerie Perrichon SARL – gérante conteste un avis, pièces demandées",
          "2026-11-09", ["Boulangerie Perrichon SARL", "Odile Perrichon"], host="fr.trustpilot.com",
          emails=["odile.perrichon@boulangerie-perrichon.fr"],
          mids=["<20261116093018.CI-2026-1709.6402@mail.trustpilot.com>"]),
    _case(10, "CI-2026-1710", "Tagdækker Ravnholt ApS – advokat kræver en anmeldelse fjernet",
          "2026-11-03", ["Tagdækker Ravnholt ApS", "Advokatfirmaet Borup Kjærulff"], host="dk.trustpilot.com",
          emails=["kk@borupkjaerulff.dk"], theirs=["KK-2026-0388"],
          mids=["<20261118121455.CI-2026-1710.7033@mail.trustpilot.com>"]),
    _case(11, "CI-2026-1711", "Café Søholm – indehaver kræver en anmeldelse fjernet",
          "2026-10-20", ["Café Søholm", "Mette Søholm"], host="dk.trustpilot.com",
          emails=["mette@cafesoeholm.dk"], mids=["<7fa1c3b2e0.mette@cafesoeholm.dk>"]),
    _case(12, "CI-2026-1712", "Vognmand Tøttrup A/S – advokat kræver fjernelse, frist forlænget",
          "2026-11-09", ["Vognmand Tøttrup A/S", "Advokathuset Hjortshøj"], host="dk.trustpilot.com",
          emails=["ah@advokathuset-hjortshoj.dk"], theirs=["AH/1457"],
          mids=["<20261119144020.CI-2026-1712.7460@mail.trustpilot.com>"]),
    _case(13, "CI-2026-1713", "Klinik for Fodterapi Lindahl – indehaver klager over en anmeldelse",
          "2026-10-26", ["Klinik for Fodterapi Lindahl", "Susanne Lindahl"], host="dk.trustpilot.com",
          emails=["susanne@fodterapi-lindahl.dk"],
          mids=["<20261103101500.CI-2026-1713.7702@mail.trustpilot.com>"]),
]
