"""DSA Art. 17 statements of reasons: built from the case, validated like the Transparency Database API."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from cases.models import Case
from responses import sor


def decision(**over: Any) -> sor.Decision:
    base = sor.suggest_decision(["defamation"], "legal_demand",
                                "The review states as fact that the owner steals deposits; no evidence was given.")
    fields = {"content_date": date(2026, 8, 2), "application_date": date(2026, 11, 10)}
    fields.update(over)
    return sor.Decision(**{**base.__dict__, **fields})


def valid_statement(**over: Any) -> dict[str, Any]:
    st: dict[str, Any] = {
        "decision_visibility": ["DECISION_VISIBILITY_CONTENT_REMOVED"],
        "decision_ground": "DECISION_GROUND_INCOMPATIBLE_CONTENT",
        "incompatible_content_ground": "Guidelines for reviewers",
        "incompatible_content_explanation": "Not based on a genuine experience.",
        "content_type": ["CONTENT_TYPE_TEXT"],
        "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        "category_specification": ["KEYWORD_INAUTHENTIC_USER_REVIEWS"],
        "content_date": "2026-08-02",
        "application_date": "2026-11-10",
        "decision_facts": "A review was removed after a notice.",
        "source_type": "SOURCE_ARTICLE_16",
        "automated_detection": "No",
        "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED",
        "puid": "CI-2026-0001-abc",
    }
    st.update(over)
    return {k: v for k, v in st.items() if v is not None}


def test_statement_from_a_defamation_case(session: Session, case: Case) -> None:
    (st,) = sor.build_statements(session, case, decision(), today=date(2026, 11, 10))
    assert st["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_REMOVED"]
    assert st["decision_ground"] == "DECISION_GROUND_ILLEGAL_CONTENT"
    assert st["illegal_content_legal_ground"] == "Defamation"
    assert st["category"] == "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
    assert st["category_specification"] == ["KEYWORD_DEFAMATION"]
    assert st["content_type"] == ["CONTENT_TYPE_TEXT"]
    assert st["source_type"] == "SOURCE_ARTICLE_16"
    assert (st["content_date"], st["application_date"]) == ("2026-08-02", "2026-11-10")
    assert (st["automated_detection"], st["automated_decision"]) == ("No", "AUTOMATED_DECISION_NOT_AUTOMATED")
    assert st["puid"] == "CI-2026-0042-0123456789abcdef01234567"
    assert "incompatible_content_ground" not in st
    assert sor.validate(st) == []


def test_decision_facts_carry_no_personal_data(session: Session, case: Case) -> None:
    facts = ("Mara Quill (m.quill@quill-partners.test, +44 20 7946 0958) of Quill & Partners LLP wrote for "
             "Lanternfield Joinery Ltd on 2026-11-06.")
    (st,) = sor.build_statements(session, case, decision(facts=facts), today=date(2026, 11, 10))
    assert "Quill" not in st["decision_facts"] and "@" not in st["decision_facts"]
    assert "7946" not in st["decision_facts"] and "Lanternfield" not in st["decision_facts"]
    assert "2026-11-06" in st["decision_facts"]  # a date is not a phone number
    names = sor.case_values(session, case)["names"]
    assert sor.validate(st, names=names) == []
    leaked = {**st, "decision_facts": "Written by Mara Quill."}
    assert any("contains the name 'Mara Quill'" in e for e in sor.validate(leaked, names=names))


def test_an_inauthentic_review_is_incompatible_content() -> None:
    d = sor.suggest_decision(["platform_guidelines"], "business_appeal")
    assert d.ground == "DECISION_GROUND_INCOMPATIBLE_CONTENT"
    assert d.keywords == ("KEYWORD_INAUTHENTIC_USER_REVIEWS",)
    assert sor.validate(valid_statement()) == []


@pytest.mark.parametrize(("over", "error"), [
    ({"decision_visibility": None}, "one of decision_visibility, decision_monetary"),
    ({"decision_visibility": ["DECISION_VISIBILITY_GONE"]}, "'DECISION_VISIBILITY_GONE' is not one of"),
    ({"decision_visibility": ["DECISION_VISIBILITY_OTHER"]}, "decision_visibility_other: is required"),
    ({"decision_ground": None}, "decision_ground: is required"),
    ({"incompatible_content_ground": None}, "incompatible_content_ground: is required"),
    ({"illegal_content_legal_ground": "Defamation"}, "does not belong with decision_ground"),
    ({"incompatible_content_explanation": "x" * 2001}, "at most 2000 are allowed"),
    ({"content_type": []}, "content_type: is required"),
    ({"content_type": ["CONTENT_TYPE_OTHER"]}, "content_type_other: is required"),
    ({"category": "STATEMENT_CATEGORY_FAKE"}, "category: 'STATEMENT_CATEGORY_FAKE' is not one of"),
    ({"category_specification": ["KEYWORD_NOPE"]}, "'KEYWORD_NOPE' is not one of"),
    ({"content_date": None}, "content_date: is required"),
    ({"content_date": "02/08/2026"}, "does not match the format YYYY-MM-DD"),
    ({"content_date": "1999-12-31"}, "must be on or after 2000-01-01"),
    ({"application_date": "2019-05-01", "content_date": "2019-01-01"}, "must be on or after 2020-01-01"),
    ({"application_date": "2026-07-01"}, "application_date: is before content_date"),
    ({"decision_facts": "x" * 5001}, "decision_facts: is 5001 characters long; at most 5000"),
    ({"decision_facts": "Mail a@b.com"}, "contains an email address"),
    ({"source_type": "SOURCE_EMAIL"}, "source_type: 'SOURCE_EMAIL' is not one of"),
    ({"automated_detection": True}, "automated_detection: True is not one of Yes, No"),
    ({"automated_decision": "No"}, "automated_decision: 'No' is not one of"),
    ({"puid": None}, "puid: is required"),
    ({"puid": "CI 2026/1"}, "may hold only letters, digits"),
    ({"territorial_scope": ["GB"]}, "territorial_scope: 'GB' is not one of"),
    ({"content_language": "en"}, "content_language: 'en' is not an ISO 639-1 code in capitals"),
])
def test_each_rule_of_the_api_is_checked_with_a_clear_message(over: dict[str, Any], error: str) -> None:
    errors = sor.validate(valid_statement(**over))
    assert any(error in e for e in errors), errors


def test_export_refuses_invalid_statements_with_every_error(tmp_path: Path) -> None:
    bad = [valid_statement(puid="a", category="X"), valid_statement(puid="a")]
    with pytest.raises(sor.SorValidationError) as exc:
        sor.export(bad, tmp_path / "out")
    assert any("category" in e for e in exc.value.errors)
    assert any("used twice" in e for e in exc.value.errors)
    assert not (tmp_path / "out").exists()


def test_export_writes_batches_of_at_most_100(tmp_path: Path) -> None:
    statements = [valid_statement(puid=f"CI-2026-0001-{i:04d}") for i in range(250)]
    paths = sor.export(statements, tmp_path, prefix="CI-2026-0001")
    assert [p.name for p in paths] == ["CI-2026-0001-001.json", "CI-2026-0001-002.json", "CI-2026-0001-003.json"]
    sizes = [len(json.loads(p.read_text())["statements"]) for p in paths]
    assert sizes == [100, 100, 50]
    with pytest.raises(ValueError):
        sor.export(statements, tmp_path, batch_size=101)
