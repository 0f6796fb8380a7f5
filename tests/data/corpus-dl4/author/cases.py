"""Matters already open before any corpus-dl4 document arrives (cases.json): only those that the
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
    _case(1, "CI-2026-1901", "Marlowe Pest Solutions Ltd – solicitors' defamation complaint about a wasp-nest review",
          "2026-10-31", ["Marlowe Pest Solutions Ltd", "Kettering Oakes Solicitors"], host="uk.trustpilot.com",
          emails=["b.crowhurst@ketteringoakes.co.uk"], theirs=["BC/MPS/7720"],
          mids=["<20261104101822.CI-2026-1901.2716@mail.trustpilot.com>"]),
    _case(2, "CI-2026-1902", "Dunmore Lettings Ltd – solicitors' defamation complaint, extension requested",
          "2026-11-12", ["Dunmore Lettings Ltd", "Aldgrave Hythe LLP"], host="uk.trustpilot.com",
          emails=["m.thelwall@aldgravehythe.co.uk"], theirs=["MT/DUN/0442"],
          mids=["<20261120143307.CI-2026-1902.3318@mail.trustpilot.com>"]),
    _case(3, "CI-2026-1903", "Corrib View Guesthouse Ltd – solicitors' defamation complaint about a hygiene review",
          "2026-11-04", ["Corrib View Guesthouse Ltd", "Flannery Moyles Solicitors"], host="ie.trustpilot.com",
          theirs=["AB/CVG/219"]),
    _case(4, "CI-2026-1904", "Bluestem Auto Glass, Inc. – owner demands removal of a windshield review",
          "2026-11-04", ["Bluestem Auto Glass, Inc.", "Dwayne Kessler"], host="www.trustpilot.com",
          emails=["d.kessler@bluestemautoglass.com"],
          mids=["<BN8PR04MB7713.kessler.20261103@bluestemautoglass.com>"]),
    _case(5, "CI-2026-1905", "Hartwell Orthodontics Ltd – solicitors' complaint about a review naming a clinician",
          "2026-11-03", ["Hartwell Orthodontics Ltd", "Pendeford Calloway LLP"], host="uk.trustpilot.com",
          emails=["i.fairweather@pendefordcalloway.co.uk"], theirs=["IF/HOL/3105"],
          mids=["<20261112091144.CI-2026-1905.4402@mail.trustpilot.com>"]),
    _case(6, "CI-2026-1906", "Autohaus Kreutzmann GmbH – anwaltliche Löschungsaufforderung, Fristverlängerung",
          "2026-10-20", ["Autohaus Kreutzmann GmbH", "Voßkuhl & Partner Rechtsanwälte"], host="de.trustpilot.com",
          emails=["k.lohmeier@vosskuhl-partner.de"], theirs=["LK 2291/26"],
          mids=["<20261103160512.CI-2026-1906.5127@mail.trustpilot.com>"]),
    _case(7, "CI-2026-1907", "Tjarks Umzüge GmbH – Klage vor dem Landgericht Hamburg wegen einer Bewertung",
          "2026-09-15", ["Tjarks Umzüge GmbH", "Brodersen Feddersen Rechtsanwälte"], host="de.trustpilot.com",
          theirs=["BF-0617/26"]),
    _case(8, "CI-2026-1908", "Weingut Pfeifenberger – Rechtsanwältin verlangt Löschung einer Bewertung",
          "2026-11-05", ["Weingut Pfeifenberger", "Kanzlei Strasser-Huber"], host="at.trustpilot.com",
          emails=["l.strasser-huber@ra-strasserhuber.at"], theirs=["SH/PF/26-077"],
          mids=["<20261119114050.CI-2026-1908.6034@mail.trustpilot.com>"]),
    _case(9, "CI-2026-1909", "Garage Pelletier Frères SARL – mise en demeure pour dénigrement et diffamation",
          "2026-10-15", ["Garage Pelletier Frères SARL", "Cabinet Arnoux-Devèze"], host="fr.trustpilot.com",
          emails=["s.arnoux@arnoux-deveze-avocats.fr"], theirs=["SA/GPF/26-118"],
          mids=["<6e1f0c2d.SA-GPF-26-118@arnoux-deveze-avocats.fr>",
                "<20261127102015.CI-2026-1909.8123@mail.trustpilot.com>"]),
    _case(10, "CI-2026-1910", "Brasserie du Vieux Quai SRL – avocat demande le retrait d'un avis, délai prolongé",
          "2026-11-09", ["Brasserie du Vieux Quai SRL", "Maes & Lambotte Avocats"], host="fr-be.trustpilot.com",
          emails=["t.lambotte@maeslambotte.be"], theirs=["TL/2026/0871"],
          mids=["<20261124102210.CI-2026-1910.7719@mail.trustpilot.com>"]),
    _case(11, "CI-2026-1911", "Malerfirmaet Kjærsgaard ApS – indehaver kræver en anmeldelse fjernet",
          "2026-10-29", ["Malerfirmaet Kjærsgaard ApS", "Bo Kjærsgaard"], host="dk.trustpilot.com",
          emails=["bo@kjaersgaard-maler.dk"], mids=["<c0ffe21a77.bo@kjaersgaard-maler.dk>"]),
    _case(12, "CI-2026-1912", "Frisør Nørrevang – advokat kræver en anmeldelse fjernet, frist forlænget",
          "2026-11-10", ["Frisør Nørrevang", "Advokatfirmaet Lykke Damsgaard"], host="dk.trustpilot.com",
          emails=["sd@lykkedamsgaard.dk"], theirs=["SD-4471"],
          mids=["<20261123133001.CI-2026-1912.8250@mail.trustpilot.com>"]),
    _case(13, "CI-2026-1913", "Copperleaf Landscaping LLC – owner disputes a review, documents requested",
          "2026-11-06", ["Copperleaf Landscaping LLC", "Renata Solis"], host="www.trustpilot.com",
          emails=["renata@copperleaflandscaping.com"],
          mids=["<20261113150410.CI-2026-1913.9082@mail.trustpilot.com>"]),
]
