"""A form's labelled fields about the sender, and the fields left empty."""

from __future__ import annotations

import pytest

from extract.layout.formfields import labelled_fields


def test_the_senders_fields_of_a_web_form() -> None:
    text = "1. ABOUT YOU\nName: Kit Ashby\nEmail: kit@example.org\nOrganisation: Ashby Lets Ltd\nCountry: Ireland\n"
    got = [(f.kind, f.value) for f in labelled_fields(text, 0, len(text))]
    assert got == [("person", "Kit Ashby"), ("email", "kit@example.org"), ("organisation", "Ashby Lets Ltd")]


@pytest.mark.parametrize("empty", ["(none)", "n/a", "N/A", "-", "–", "none.", "[none]", "keine", "aucune", "ingen"])
def test_a_field_left_empty_names_no_one(empty: str) -> None:
    text = f"Name: Kit Ashby\nOrganisation: {empty}\n"
    assert [(f.kind, f.value) for f in labelled_fields(text, 0, len(text))] == [("person", "Kit Ashby")]
