"""The spaCy pipeline: a blank tokenizer per language with sentence splitting tuned for letters.

No statistical model: spaCy's trained pipelines (en_core_web_sm, de_core_news_sm, …) are not on
PyPI — `pip download --no-deps en-core-web-sm` finds no such package — but only on GitHub
releases, which this machine cannot reach; nothing is downloaded at run time either.

Sentences: spaCy's sentencizer proposes a boundary after . ! ? and `letter_sentences` then
applies what letters do: a blank line or a list bullet at the start of a line ends a sentence
even without punctuation, unless the sentence leads on into it (it ends in ":", ",", ";" or
"and", and a list item or a lower-case word follows: "We ask that you:\n\n1. remove …,\n\n
within 7 days." is one sentence); a full stop after an abbreviation ("Art. 17", "Abs. 2", "Nr. 5",
"No. 3", "z.B.", "S. 4", "ca.", "jf.", "Dr.", an initial "J."), after a day before its month
("20. November", "3. december") or before a lower-case word does not. A line break alone does
not end one (letterheads, wrapped lines). `Letter.sentences` / `Letter.sentence_at` serve the result.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

import lexicon

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from thinc.types import Ints2d

logger = logging.getLogger(__name__)

# Month names, for a full stop after a day number ("20. November") that ends no sentence.
MONTHS = frozenset(lexicon.calendar("months"))

SUPPORTED = {"en", "de", "fr", "da"}
# spaCy's own French tokenizer compiles a regex of every hyphenated French word when imported
# (5 s here, paid again by each desk command); the multi-language base tokenizer with the rules
# below splits French letters into sentences just as well.
_TOKENIZER = {"en": "en", "de": "de", "da": "da", "fr": "xx"}

# Stems a full stop abbreviates (compared lower-cased): legal citations, page and number
# references, titles, Latin and German/French/Danish short forms.
_ABBREVIATIONS = frozenset(
    "art arts abs nr nrn no nos me s ss ca bzw vgl ggf ziff lit ff al cf para paras sec sect reg regs "
    "pp approx dr mr mrs ms mx prof st hr hrn fr frau dipl ing mag mme mlle jf stk pkt tlf tel "
    "evt inkl ang vs ref resp ibid op"
    .split()
)
# Capitalised, always short forms; in lower case these are also ordinary words that end
# sentences ("they said no."), short forms only before a number ("art. 6", "no. 5").
_ABBREVIATIONS_CASED = frozenset({"No", "Nos", "Me", "Nr", "Art"})
_ORDINARY = frozenset({"no", "nos", "me", "art"})
# "z.B", "e.g", "i.e", "u.a", "bl.a", "d.h": letter groups joined by dots (not "a.m", "p.m")
_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}")
_CLOCK = frozenset({"a.m", "p.m"})
_CLOSERS = frozenset("\"'”’»)]›")
_OPENERS = "\"'“„«»‘‚([§"
# a list item at the start of a line: "- ", "• ", "(a) ", "b) ", "3. ", "iv) "
_LIST_MARK = re.compile(r"(?:[-–—•*·▪◦‣●]|\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{2,4})[.)])[ \t]")
_ITEM_NUMBER = re.compile(r"\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{2,4})")
_LEADS_ON = frozenset({":", ",", ";"})
_CONJUNCTIONS = frozenset({"and", "or", "und", "oder", "sowie", "et", "ou", "og", "eller"})
_ELISION = re.compile(r"['’]")
_DAY_DOT = re.compile(r"\d{1,2}\.[ \t]*(?P<next>[^\W\d_]+)")


def _is_filler(text: str, tok: str, idx: int, is_space: bool) -> bool:
    """Whitespace, or the `>` marks of a quoted email line."""
    if is_space:
        return True
    if tok.strip(">"):
        return False
    line_start = text.rfind("\n", 0, idx) + 1
    return not text[line_start:idx].strip(" \t>")


def _is_abbreviation(stem: str, *, before_number: bool) -> bool:
    if stem in _ABBREVIATIONS_CASED:
        return True
    low = stem.lower()
    if low in _CLOCK:
        return False
    if low in _ABBREVIATIONS and (low not in _ORDINARY or before_number):
        return True  # "l'art. 6", "no. 5" - but "they said no. Then …"
    if before_number and low in MONTHS:
        return True  # "20 nov. 2026"
    return (len(stem) == 1 and stem.isalpha()) or bool(_DOTTED.fullmatch(stem))


@dataclass(frozen=True)
class _Tokens:
    """The tokens' texts and offsets as plain lists: reading them through spaCy's Token objects
    costs more than the rules themselves."""

    text: str
    words: list[str]
    idx: list[int]
    proposed: list[bool]  # where the sentencizer would start a sentence

    def end(self, k: int) -> int:
        return self.idx[k] + len(self.words[k])


def _stem(t: _Tokens, k: int) -> int | None:
    """The token a full stop at token k belongs to: itself ("Abs.", "5.") or the word written
    right before it ("Art" + ".")."""
    if t.words[k] != ".":
        return k
    if k > 0 and t.end(k - 1) == t.idx[k]:
        return k - 1
    return None


def _ends_after(t: _Tokens, k: int, nxt: int, gap: str, starts: list[bool]) -> bool:
    """Does the sentence end after token k (a terminal, perhaps followed by closing quotes),
    before token `nxt`, with `gap` between them?"""
    term = t.words[k]
    dotted = len(term) > 1 and term.endswith(".") and bool(term.strip("."))
    if not dotted and not any(t.proposed[k + 1 : nxt + 1]):
        return False
    if "!" in term or "?" in term:
        return True
    if not gap or not term.endswith("."):
        return False
    s = _stem(t, k)
    # "l’art" is one token to the base tokenizer: the word is what follows the elision
    stem = _ELISION.split(t.words[s].rstrip("."))[-1] if s is not None else ""
    word = t.words[nxt]
    first = word[0]
    if stem and _is_abbreviation(stem, before_number=first.isdigit()):
        return False
    if s is not None and starts[s] and _ITEM_NUMBER.fullmatch(stem):
        return False  # the number of a list item ("3. The …") opens its sentence, not ends one
    if stem.isdigit() and len(stem) <= 2 and (
        first.islower() or first.isdigit() or word.lower().rstrip(".") in MONTHS
    ):
        return False  # "20. November", "am 3. oktober", "1. 2. 2026"
    if "\n" in gap:
        return True
    return first.isupper() or first.isdigit() or first in _OPENERS


def letter_sentences(doc: Doc) -> Doc:
    """Re-decide every sentence start the sentencizer proposed, by the conventions of letters."""
    # spaCy and numpy are imported where they are used: loading them costs more than half a
    # second, which every command that only files or lists cases would pay at start-up.
    import numpy
    from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START

    if len(doc) < 2:
        return doc
    text = doc.text
    # one array read instead of a Token object per token and attribute
    idx, length, space, proposed = doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START]).T.tolist()
    t = _Tokens(text, [text[a : a + n] for a, n in zip(idx, length, strict=True)], idx, [f == 1 for f in proposed])
    starts = _letter_starts(t, [bool(f) for f in space])
    # -1 (not a start) is stored as its unsigned 64-bit pattern, as spaCy's own arrays do
    flags = numpy.array([1 if s else -1 for s in starts], dtype="int64").astype("uint64")
    doc.from_array([SENT_START], cast("Ints2d", flags))
    return doc


def _letter_starts(t: _Tokens, spaces: list[bool]) -> list[bool]:
    """Where sentences start, token by token (letter_sentences)."""
    text = t.text
    n = len(t.words)
    starts = [False] * n
    starts[0] = True
    prev: int | None = None
    for i in range(1, n):
        if _is_filler(text, t.words[i], t.idx[i], spaces[i]):
            continue
        if prev is None:
            prev = i  # only filler before it: the first sentence goes on
            continue
        gap = text[t.end(prev) : t.idx[i]]
        newlines = gap.count("\n")
        k = prev
        while k > 0 and t.words[k] in _CLOSERS and t.end(k - 1) == t.idx[k]:
            k -= 1
        item = bool(newlines) and _LIST_MARK.match(text, t.idx[i]) is not None
        if item and (day := _DAY_DOT.match(text, t.idx[i])) and day["next"].lower() in MONTHS:
            item = False  # "20. November 2026" on a line of its own
        if newlines >= 2 or item:
            # "We ask that you:\n\n1. remove …; and\n\n2. confirm …,\n\nwithin 7 days." is one
            # sentence: a list and what closes it go on from the words that lead into them
            leads_on = t.words[prev] in _LEADS_ON or t.words[prev].lower() in _CONJUNCTIONS
            starts[i] = not (leads_on and (item or t.words[i][0].islower()))
        else:
            starts[i] = _ends_after(t, k, i, gap, starts)
        prev = i
    return starts


def _proposed(words: list[str], punct: list[bool], punct_chars: Collection[str]) -> list[bool]:
    """Where spaCy's sentencizer would start a sentence (its `predict`, on plain lists): at the
    first token, and after a run of sentence-final punctuation at the next token that is no
    punctuation."""
    guesses = [False] * len(words)
    start = 0
    seen_period = False
    guesses[0] = True
    for i, word in enumerate(words):
        is_in_punct_chars = word in punct_chars
        if seen_period and not punct[i] and not is_in_punct_chars:
            guesses[start] = True
            start = i
            seen_period = False
        elif is_in_punct_chars:
            seen_period = True
    if start < len(words):
        guesses[start] = True
    return guesses


@lru_cache(maxsize=8)
def pipeline(language: str) -> Language:
    """A blank pipeline for `language` (English for anything unsupported) that splits sentences."""
    # a heavy library, loaded on the first letter read (see letter_sentences)
    import spacy
    from spacy.language import Language

    if language not in _TOKENIZER:
        logger.info("no tokenizer for language %r; its letters are split as English", language)
    if not Language.has_factory("letter_sentences"):
        Language.component("letter_sentences", func=letter_sentences)
    nlp = spacy.blank(_TOKENIZER.get(language, "en"))
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("letter_sentences")
    nlp.max_length = 20_000_000  # a tokenizer alone needs no memory per character to speak of
    return nlp


def sentence_splitter(language: str) -> Callable[[str], list[tuple[int, int]]]:
    """(start, end) of each sentence of a text in `language`; the pipeline is built on first use."""

    def split(text: str) -> list[tuple[int, int]]:
        # what the pipeline's `sents` gives, without a Token or Span object per token and sentence:
        # the tokenizer alone, then the sentencizer and letter_sentences over plain lists
        from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH

        nlp = pipeline(language)
        doc = nlp.make_doc(text)
        if len(doc) == 0:
            return [(sent.start_char, sent.end_char) for sent in nlp(text).sents]
        idx, length, space, punct = doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT]).T.tolist()
        words = [text[a : a + n] for a, n in zip(idx, length, strict=True)]
        sentencizer: Any = nlp.get_pipe("sentencizer")
        proposed = _proposed(words, [bool(f) for f in punct], sentencizer.punct_chars)
        if len(doc) < 2:
            starts = proposed
        else:
            starts = _letter_starts(_Tokens(text, words, idx, proposed), [bool(f) for f in space])
        firsts = [i for i, s in enumerate(starts) if s and i > 0]
        return [(idx[a], idx[b - 1] + length[b - 1]) for a, b in zip([0, *firsts], [*firsts, len(words)], strict=True)]

    return split
