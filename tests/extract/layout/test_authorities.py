"""Courts' and public authorities' full names, by the grammar of head noun, place and links, over a
letterhead's lines. Every body and place here is made up for the test."""

from __future__ import annotations

import pytest

from extract.layout.authorities import institution_name, is_court, is_institution, placed_units


@pytest.mark.parametrize(
    ("rows", "name", "used"),
    [
        # en: a court's title without "in the"; a province set over its court; a district under it
        (["IN THE COUNTY COURT AT NORTHSHIRE", "CHANCERY LIST"], "COUNTY COURT AT NORTHSHIRE", 1),
        (["NORTHSHIRE", "SUPERIOR COURT OF JUSTICE", "Court File No. 12"],
         "NORTHSHIRE SUPERIOR COURT OF JUSTICE", 2),
        (["UNITED STATES DISTRICT COURT", "EASTERN DISTRICT OF WESTLAND", "Case 1:26-cv-1"],
         "UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF WESTLAND", 2),
        (["Supreme Court of Eastmere", "Equity Division", "Law Courts, 1 Queen Street"],
         "Supreme Court of Eastmere", 1),
        # de: a name wrapped at a link word
        (["LANDESBEAUFTRAGTE FÜR DATENSCHUTZ UND", "AKTENEINSICHT", "Musterweg 1, 12345 Musterstadt"],
         "LANDESBEAUFTRAGTE FÜR DATENSCHUTZ UND AKTENEINSICHT", 2),
        (["Landgericht Musterstadt", "Zivilkammer 7", "Gerichtsplatz 1, 12345 Musterstadt"],
         "Landgericht Musterstadt", 1),
        (["POLIZEIDIREKTION MUSTERSTADT", "Kriminaldienst – Fachkommissariat 5"], "POLIZEIDIREKTION MUSTERSTADT", 1),
        # fr: a ministry heading its directorate: the directorate sends
        (["MINISTÈRE DES AFFAIRES DU", "LITTORAL", "Direction générale de la pêche, de la mer et des",
          "ports", "1, rue de la Digue – 12345 Valrose"],
         "Direction générale de la pêche, de la mer et des ports", 4),
        (["TRIBUNAL DE COMMERCE DE VALROSE", "Place du Palais 3 – 1000 Valrose"], "TRIBUNAL DE COMMERCE DE VALROSE", 1),
        # a name in two languages: the first stands for both; a slash inside one name stays
        (["Northland Police Service / Service de police du Nordland", "Cyber Unit"], "Northland Police Service", 1),
        (["ZONE DE POLICE VALROSE / BELMONT", "Service d'enquêtes"], "ZONE DE POLICE VALROSE / BELMONT", 1),
        # da
        (["RETTEN I SKOVBY", "Domhuset, Torvet 1, 1234 Skovby"], "RETTEN I SKOVBY", 1),
        (["Sydkystens Politi", "Efterforskning"], "Sydkystens Politi", 1),
    ],
)
def test_an_institutions_name_over_a_letterheads_lines(rows: list[str], name: str, used: int) -> None:
    assert institution_name(rows) == (name, used)


@pytest.mark.parametrize(
    "rows",
    [["HALE & ROWE LLP", "Solicitors"], ["Jane Doe", "12 Mill Lane"],
     ["Compliance-Beratung Muster", "Externer Datenschutzbeauftragter"], ["Acme Tiles Ltd"], []],
)
def test_a_firm_a_person_or_a_business_is_no_institution(rows: list[str]) -> None:
    assert institution_name(rows) is None


def test_local_units_named_with_their_place_under_a_national_body() -> None:
    rows = ["Compagnie de gendarmerie de Valrose", "Tél. 01 23 45 67 89"]
    assert placed_units(rows) == ["Compagnie de gendarmerie de Valrose"]
    assert placed_units(["Direction de la protection des droits", "Service des plaintes"]) == []


@pytest.mark.parametrize(
    ("name", "court"),
    [
        ("Landgericht Musterstadt", True),
        ("Supreme Court of Eastmere", True),
        ("Tribunal judiciaire de Valrose", True),
        ("Retten i Skovby", True),
        ("Skovby Byret", True),
        ("Polizeidirektion Musterstadt", False),
        ("Court House Solicitors", False),
        ("Temple Court Chambers", False),
    ],
)
def test_a_court_is_told_from_a_firm_named_after_one(name: str, court: bool) -> None:
    assert is_court(name) is court


@pytest.mark.parametrize(
    "text",
    ["the court orders that the respondent shall", "Tel: 0123 456 789 Court", "Merci de votre réponse rapide."],
)
def test_prose_and_contact_lines_are_no_institution(text: str) -> None:
    assert not is_institution(text)
