"""The lexicon is checked at load: each kind of fault in a language's data raises."""

from __future__ import annotations

import re

import pytest

import lexicon
from lexicon import LexiconError, ReplyHeader


def _complete(language: str) -> dict[str, object]:
    """A copy of a shipped language's data, to break one thing in."""
    return dict(lexicon.load(language).data)


def test_every_language_loads() -> None:
    for language in lexicon.LANGUAGES:
        assert lexicon.load(language).language == language


def test_an_unknown_concept_raises() -> None:
    data = _complete("en")
    data["greetings"] = ("hi",)
    with pytest.raises(LexiconError, match="unknown concept 'greetings'"):
        lexicon.validate("en", data)


def test_an_unknown_concept_asked_for_raises() -> None:
    with pytest.raises(LexiconError, match="unknown concept"):
        lexicon.terms("salutation")  # the concept is "salutations"


@pytest.mark.parametrize("empty", [(), [], None])
def test_an_empty_list_raises(empty: object) -> None:
    data = _complete("de")
    data["salutations"] = empty
    with pytest.raises(LexiconError, match="empty list"):
        lexicon.validate("de", data)


def test_an_empty_calendar_row_raises() -> None:
    data = _complete("fr")
    data["weekdays"] = (("lundi",), (), ("mercredi",), ("jeudi",), ("vendredi",), ("samedi",), ("dimanche",))
    with pytest.raises(LexiconError, match="empty row"):
        lexicon.validate("fr", data)


@pytest.mark.parametrize(
    ("concept", "broken"),
    [
        ("signoffs", (r"Med\s+venlig(?:e|st?\s+hilsen",)),
        ("deadline_cues", ((r"senest[", 1.0),)),
        ("reply_headers", (ReplyHeader("Den", "skrev)"),)),
    ],
)
def test_a_regex_that_does_not_compile_raises(concept: str, broken: object) -> None:
    data = _complete("da")
    data[concept] = broken
    with pytest.raises(LexiconError, match="does not compile"):
        lexicon.validate("da", data)


def test_a_language_missing_a_concept_the_others_have_raises() -> None:
    data = _complete("fr")
    del data["signoffs"]
    with pytest.raises(LexiconError, match="missing concept 'signoffs'"):
        lexicon.validate("fr", data)


def test_a_concept_in_a_language_it_does_not_belong_to_raises() -> None:
    with pytest.raises(LexiconError, match="not one this language may hold"):
        lexicon.validate("nl", {"months": _complete("en")["months"]})


@pytest.mark.parametrize(
    ("concept", "bad"),
    [
        ("months", (("january",),) * 11),  # eleven months
        ("months", (("January",),) * 12),  # a calendar word is lower-case
        ("deadline_cues", (("by", 0),)),  # a weight must be positive
        ("number_units", (("one", "1"),)),
        ("reply_headers", (("On", "wrote"),)),  # a ReplyHeader, not a bare tuple
    ],
)
def test_an_entry_of_the_wrong_shape_raises(concept: str, bad: object) -> None:
    data = _complete("en")
    data[concept] = bad
    with pytest.raises(LexiconError):
        lexicon.validate("en", data)


def test_an_unknown_language_raises() -> None:
    with pytest.raises(LexiconError, match="unknown language"):
        lexicon.load("sv")


def test_every_desk_language_has_every_concept_it_must() -> None:
    for name, concept in lexicon.CONCEPTS.items():
        for language in concept.required:
            assert lexicon.load(language).has(name), (language, name)


def test_the_union_runs_in_language_order() -> None:
    assert lexicon.terms("header_from") == ("From", "Von", "De", "Fra", "Van", "Från")
    assert lexicon.terms("header_from", ["da"]) == ("Fra",)
    assert lexicon.alternation("header_to", ["en", "de"]) == "(?:To|An)"


def test_one_forwarding_marker_list_covers_every_language() -> None:
    forwarded = re.compile(lexicon.alternation("forwarded_markers"), re.I)
    original = re.compile(lexicon.alternation("original_markers"), re.I)
    for line in ("Forwarded message", "Weitergeleitete Nachricht", "Message transféré", "Videresendt besked",
                 "Doorgestuurd bericht"):
        assert forwarded.fullmatch(line), line
    for line in ("Original Message", "Ursprüngliche Nachricht", "Message d'origine", "Oprindelig meddelelse",
                 "Oorspronkelijk bericht"):
        assert original.fullmatch(line), line
    openers = {h.opener for h in lexicon.reply_headers()}
    assert {"On", "Am", "Le", "Op"} <= openers


def test_calendar_words_map_to_their_row() -> None:
    months = lexicon.calendar("months")
    assert months["november"] == months["nov"] == months["novembre"] == 10
    assert months["maj"] == months["mai"] == months["may"] == 4
    assert lexicon.calendar("weekdays")["fredag"] == 4
    assert {"nov", "sept", "déc", "mrz"} <= lexicon.short_forms("months")
    assert "may" not in lexicon.short_forms("months")


def test_number_words_are_read_per_language() -> None:
    assert ("vierzehn", 14) in lexicon.numbers("number_units", "de")
    assert ("halvtreds", 50) in lexicon.numbers("number_tens", "da")


def test_a_concept_read_as_the_wrong_shape_raises() -> None:
    with pytest.raises(LexiconError, match="holds calendar"):
        lexicon.load("en").terms("months")


def test_the_shared_email_regexes() -> None:
    from lexicon.patterns import EMAIL, EMAIL_LOOSE

    assert EMAIL.search("write to jane.doe@firm.example.co.uk today").group(0) == "jane.doe@firm.example.co.uk"
    assert EMAIL.search("x@localhost") is None
    loose = EMAIL_LOOSE.search("o'neill@10.0.0.1")
    assert loose is not None and loose["domain"] == "10.0.0.1"
    # the module of regexes does not hide the union helper of the same package
    assert callable(lexicon.terms)
