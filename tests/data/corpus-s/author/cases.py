"""The 15 cases that exist before any document of corpus-s arrives (12 open, 3 closed)."""
from __future__ import annotations

from common import R

TP = "https://{cc}.trustpilot.com/reviews/{rid}"


def url(cc: str, key: str) -> str:
    return TP.format(cc=cc, rid=R[key])


CASES = [
    {
        "ref": "CI-2026-0712",
        "title": "Thornbury Lock & Key Ltd – solicitors' defamation complaint about a locksmith review (Bristol)",
        "opened": "2026-09-08", "status": "open",
        "parties": ["Thornbury Lock & Key Ltd", "Penrose Kilbride LLP"],
        "cited_review_ids": [R["thorn"]], "cited_urls": [url("uk", "thorn")],
        "emails": ["k.mercer@penrosekilbride.co.uk"], "their_references": ["4471 KM"],
    },
    {
        "ref": "CI-2026-0718",
        "title": "Bäckerei Sonnleitner GmbH – anwaltliche Beanstandung einer Bewertung (Hygienevorwürfe, Filiale Giesing)",
        "opened": "2026-09-14", "status": "open",
        "parties": ["Bäckerei Sonnleitner GmbH", "Haberland Vogt Rechtsanwälte PartG mbB"],
        "cited_review_ids": [R["sonn"]], "cited_urls": [url("de", "sonn")],
        "emails": ["f.haberland@haberland-vogt.de"], "their_references": ["187/26 HV/ts"],
    },
    {
        "ref": "CI-2026-0723",
        "title": "Maison Ferrand SAS – mise en demeure pour diffamation (avis sur la livraison d'un canapé)",
        "opened": "2026-09-22", "status": "open",
        "parties": ["Maison Ferrand SAS", "Aubry & Lenoir Avocats"],
        "cited_review_ids": [R["ferrand"]], "cited_urls": [url("fr", "ferrand")],
        "emails": ["b.aubry@aubry-lenoir-avocats.fr"], "their_references": ["BA/FER/2026-044"],
    },
    {
        "ref": "CI-2026-0731",
        "title": "Vestegnens Tagdækning ApS – advokathenvendelse om anmeldelse (påstand om svindel med depositum)",
        "opened": "2026-09-30", "status": "open",
        "parties": ["Vestegnens Tagdækning ApS", "Kjærgaard & Holm Advokatpartnerselskab"],
        "cited_review_ids": [R["tag"]], "cited_urls": [url("dk", "tag")],
        "emails": ["mk@kjaergaard-holm.dk"], "their_references": ["2026-0419/MK"],
        "message_ids": ["<6f1d2b7e-93a4-4c55-b0e2-8d7a1c3f9e21@mail.trustpilot.com>"],
    },
    {
        "ref": "CI-2026-0736",
        "title": "Datatilsynet – klage fra Birthe Lykke Sørensen over afvist anmodning om sletning (anmeldelse af frisør i Roskilde)",
        "opened": "2026-10-07", "status": "open",
        "parties": ["Datatilsynet", "Birthe Lykke Sørensen"],
        "cited_review_ids": [R["birthe"]], "cited_urls": [url("dk", "birthe")],
        "emails": ["dt@datatilsynet.dk", "birthe.ls@mail.dk"], "their_references": ["2026-31-4482"],
    },
    {
        "ref": "CI-2026-0740",
        "title": "Consumer appeal – Gareth Lloyd-Price, removed review of Pendle Valley Caravans",
        "opened": "2026-10-09", "status": "open",
        "parties": ["Gareth Lloyd-Price", "Pendle Valley Caravans Ltd"],
        "cited_review_ids": [R["pendle"]], "cited_urls": [url("uk", "pendle")],
        "emails": ["garethlp@btinternet.com"],
    },
    {
        "ref": "CI-2026-0744",
        "title": "Harbourside Dental Studio Ltd (Poole) – practice disputes rejected report of a review alleging negligent treatment",
        "opened": "2026-10-12", "status": "open",
        "parties": ["Harbourside Dental Studio Ltd"],
        "cited_review_ids": [R["harb"]], "cited_urls": [url("uk", "harb")],
        "emails": ["manager@harboursidedental.co.uk"],
        "message_ids": ["<5b0e4f7a-21c9-4d8e-a6b3-7e2f90c14d58@mail.trustpilot.com>"],
    },
    {
        "ref": "CI-2026-0749",
        "title": "DSGVO-Löschverlangen – Dr. Ilse Brandauer, namentlich genannt in einer Bewertung eines Reha-Zentrums",
        "opened": "2026-10-14", "status": "open",
        "parties": ["Ilse Brandauer"],
        "cited_review_ids": [R["brand"]], "cited_urls": [url("de", "brand")],
        "emails": ["ilse.brandauer@t-online.de"],
    },
    {
        "ref": "CI-2026-0752",
        "title": "Nordkyst Camping ApS – virksomheden anker afvist rapportering af en anmeldelse",
        "opened": "2026-10-02", "status": "open",
        "parties": ["Nordkyst Camping ApS"],
        "cited_review_ids": [R["camp"]], "cited_urls": [url("dk", "camp")],
        "emails": ["kontakt@nordkystcamping.dk"],
        "message_ids": ["<0c9e3a51-7f28-4b6d-9e14-a5d2c8b07f63@mail.trustpilot.com>"],
    },
    {
        "ref": "CI-2026-0758",
        "title": "Office of the Privacy Commissioner of Canada – complaint by Daniel Okonkwo-Fraser (access request)",
        "opened": "2026-09-25", "status": "open",
        "parties": ["Office of the Privacy Commissioner of Canada", "Daniel Okonkwo-Fraser"],
        "cited_review_ids": [],
        "emails": ["martine.gagnon-reid@priv.gc.ca"], "their_references": ["PIPEDA-2026-011482"],
    },
    {
        "ref": "CI-2026-0761",
        "title": "Sutton Vale Veterinary Centre Ltd – owner alleges a campaign of harassing reviews by a former client",
        "opened": "2026-09-17", "status": "open",
        "parties": ["Sutton Vale Veterinary Centre Ltd"],
        "cited_review_ids": [R["vets1"], R["vets2"]], "cited_urls": [url("uk", "vets1"), url("uk", "vets2")],
        "emails": ["imogen.pryor@suttonvalevets.co.uk"],
    },
    {
        "ref": "CI-2026-0766",
        "title": "Police Scotland – data request about an account that posted threats in a review of Inkwell Tattoo Collective (Glasgow)",
        "opened": "2026-10-20", "status": "open",
        "parties": ["Police Scotland", "Inkwell Tattoo Collective"],
        "cited_review_ids": [R["ink"]], "cited_urls": [url("uk", "ink")],
        "emails": ["gregor.mcallister@scotland.police.uk"], "their_references": ["CR/0318422/26"],
    },
    # closed
    {
        "ref": "CI-2026-0655",
        "title": "Greenway Removals Ltd – defamation complaint about a removals review (review removed; closed)",
        "opened": "2026-06-10", "status": "closed",
        "parties": ["Greenway Removals Ltd", "Ashcombe Lyle LLP"],
        "cited_review_ids": [R["green_old"]], "cited_urls": [url("uk", "green_old")],
        "emails": ["t.sandford@ashcombelyle.co.uk"], "their_references": ["GRE/77/0311 TS"],
    },
    {
        "ref": "CI-2026-0671",
        "title": "Café Lindegården – ejerne anfægtede en anmeldelse (anmeldelsen fjernet; afsluttet)",
        "opened": "2026-07-01", "status": "closed",
        "parties": ["Café Lindegården I/S"],
        "cited_review_ids": [R["linde_old"]], "cited_urls": [url("dk", "linde_old")],
        "emails": ["mail@cafelindegaarden.dk"],
    },
    {
        "ref": "CI-2026-0689",
        "title": "Transports Rivoire SARL – mise en demeure (avis retiré, dossier clos)",
        "opened": "2026-08-03", "status": "closed",
        "parties": ["Transports Rivoire SARL", "Cabinet Delmas-Roche"],
        "cited_review_ids": [R["rivoire_old"]], "cited_urls": [url("fr", "rivoire_old")],
        "emails": ["m.delmasroche@delmas-roche-avocats.fr"], "their_references": ["DR/RIV/26-071"],
    },
]
