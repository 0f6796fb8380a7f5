"""The template library: what the issue asks for is there, every template renders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extract.models import KINDS
from responses.library import Library, TemplateLibraryError, load_library, read_template
from responses.sandbox import MARKER_RE, render

REQUIRED = {
    "legal_demand": {"acknowledgement", "request_information", "content_removed", "content_stays", "notice_to_poster"},
    "ip_notice": {"acknowledgement", "content_removed", "notice_incomplete"},
    "data_request": {"acknowledgement", "access_response", "erasure_confirmation", "extension_notice",
                     "objection_reply"},
    "illegal_content_notice": {"acknowledgement", "decision"},
    "court_order": {"acknowledgement", "compliance_confirmation"},
    "law_enforcement": {"acknowledgement", "request_legal_process", "disclosure_cover"},
    "regulator": {"acknowledgement"},
    "consumer_appeal": {"acknowledgement", "upheld", "rejected"},
    "business_appeal": {"acknowledgement", "upheld", "rejected"},
    "internal_escalation": {"acknowledgement", "case_summary"},
}

FULL = {
    "case_ref": "CI-2026-0009", "today": date(2026, 12, 1), "platform": "ExampleReviews",
    "organisation": "ExampleReviews", "team": "Content Integrity team", "team_email": "legal@example.test",
    "sender_name": "Ada Brook", "sender_organisation": "Brook Legal", "addressee": "Ada Brook",
    "sender_email": "ada@brook.test", "represented_party": "Teal Bakery Ltd", "their_reference": "AB/9",
    "received": date(2026, 11, 28), "cited_urls": ["https://www.example.test/reviews/abc"],
    "cited_review_ids": ["abc"], "quoted_statements": ["Stale bread."], "deadline": date(2026, 12, 12),
    "legal_bases": ["defamation"], "missing_items": [{"label": "the complainant's name"}],
    "reasons": "R.", "decision": "D.", "enclosures": ["E"], "extended_due": date(2027, 2, 28),
    "extension_reasons": "X.", "action_taken": "A.", "action_date": date(2026, 12, 1), "legal_basis": "L.",
    "kind": "legal_demand", "deadlines": [{"due": date(2026, 12, 12), "source": "letter", "regime": None,
                                           "basis": "b"}],
}


@pytest.fixture(scope="module")
def lib() -> Library:
    return load_library()


def test_every_kind_has_an_acknowledgement_and_the_issues_templates(lib: Library) -> None:
    assert set(REQUIRED) == set(KINDS)
    for kind, names in REQUIRED.items():
        have = {t.name for t in lib.for_kind(kind)}
        assert names <= have, f"{kind} lacks {names - have}"


def test_front_matter_describes_each_template(lib: Library) -> None:
    for t in lib.templates:
        assert t.kind in KINDS and t.output in ("letter", "email") and t.language in ("en", "de", "fr", "da")
        assert t.path.parent.name == t.kind
        assert t.outcome and t.description


@pytest.mark.parametrize("key", sorted({f"{t.kind}/{t.name}/{t.language}" for t in load_library().templates}))
def test_every_template_renders_fully_with_a_full_context(lib: Library, key: str) -> None:
    kind, name, lang = key.split("/")
    spec = lib.find(name, kind=kind, language=lang)
    out = render(spec, {**FULL, "language": lang}, lib)
    assert out.unresolved == ()
    assert not MARKER_RE.search(out.text)
    assert "CI-2026-0009" in out.text + out.subject
    assert "None" not in out.text


@pytest.mark.parametrize("key", sorted({f"{t.kind}/{t.name}/{t.language}" for t in load_library().templates}))
def test_with_a_bare_case_only_the_decision_inputs_are_missing(lib: Library, key: str) -> None:
    kind, name, lang = key.split("/")
    spec = lib.find(name, kind=kind, language=lang)
    out = render(spec, {"case_ref": "CI-2026-0009", "today": date(2026, 12, 1), "language": lang,
                        "team": "T", "organisation": "O", "platform": "P"}, lib)
    assert set(out.unresolved) == set(spec.required)
    if spec.name == "acknowledgement":
        assert out.unresolved == ()


def test_the_letters_language_is_preferred_then_english(lib: Library) -> None:
    assert lib.find("acknowledgement", kind="legal_demand", language="de").language == "de"
    assert lib.find("acknowledgement", kind="regulator", language="de").language == "en"
    assert lib.find("legal_demand/acknowledgement", language="fr").language == "fr"
    with pytest.raises(TemplateLibraryError, match="no template 'nope'"):
        lib.find("nope", kind="regulator")


def test_a_language_asked_for_is_that_language_or_an_error_naming_those_there_are(lib: Library) -> None:
    assert lib.find("acknowledgement", kind="consumer_appeal", language="da", strict=True).language == "da"
    with pytest.raises(TemplateLibraryError, match=r"no 'xx' version: the languages there are da, en, fr$"):
        lib.find("acknowledgement", kind="consumer_appeal", language="xx", strict=True)
    with pytest.raises(TemplateLibraryError, match="no 'fr' version: the languages there are en$"):
        lib.find("content_stays", kind="legal_demand", language="fr", strict=True)


def test_every_kind_with_german_has_french_and_the_appeals_have_danish(lib: Library) -> None:
    def languages(kind: str, name: str) -> set[str]:
        return {t.language for t in lib.for_kind(kind) if t.name == name}

    german = {(t.kind, t.name) for t in lib.templates if t.language == "de"}
    assert german and all("fr" in languages(k, n) for k, n in german)
    for kind in ("consumer_appeal", "business_appeal"):
        for name in ("acknowledgement", "upheld", "rejected"):
            assert "da" in languages(kind, name), (kind, name)


def test_the_access_response_answers_to_its_old_name_and_is_no_erasure(lib: Library) -> None:
    spec = lib.find("response_cover", kind="data_request")
    assert spec.name == "access_response" and spec.outcome != "erased"
    out = render(spec, {**FULL, "language": "en"}, lib)
    assert "Article 15 of the GDPR" in out.text and "does not erase" in out.text


def test_german_letter_writes_dates_in_german(lib: Library) -> None:
    spec = lib.find("acknowledgement", kind="data_request", language="de")
    out = render(spec, {**FULL, "language": "de", "received": date(2026, 3, 2)}, lib)
    assert "1. Dezember 2026" in out.text and "2. März 2026" in out.text


@pytest.mark.parametrize(("text", "message"), [
    ("no front matter\n", "no front-matter"),
    ("+++\nname = 'x'\n", "not closed"),
    ("+++\nname = \n+++\nbody", "not valid TOML"),
    ("+++\nname = 'x'\nkind = 'regulator'\n+++\nbody", "lacks outcome, output, language"),
    ("+++\nname='x'\nkind='regulator'\noutcome='o'\noutput='fax'\nlanguage='en'\n+++\nb", "output must be"),
])
def test_malformed_front_matter_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    p = tmp_path / "t.txt.j2"
    p.write_text(text)
    with pytest.raises(TemplateLibraryError, match=message):
        read_template(p)
