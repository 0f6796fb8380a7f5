"""Cited platform content: the URLs and content ids a letter complains or appeals about, and the
statements it quotes from that content.

The platform is the letter's profile (`letter.profile`): any URL matching its `content_url` or
`profile_url` is platform content, any string matching `content_id` an id. Not every platform URL
is cited: a letter may point at a page only to set it aside ("our client's own profile at … is not
the subject of this notice"), and a signature may advertise the sender's own page on the platform
("Read our reviews: …"). URLs are read from the whole text, earlier messages quoted in an email
included, since a reply often names the content only there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.citations.content_ids import find_content_ids
from extract.citations.quotes import find_quotes
from extract.citations.urls import UrlHit, find_platform_urls, url_key
from extract.layout.letter import Letter
from extract.models import Evidence, Found


@dataclass(frozen=True)
class Citations:
    urls: tuple[Found[str], ...] = ()
    review_ids: tuple[Found[str], ...] = ()
    quotes: tuple[Found[str], ...] = ()


# Words that set a URL or id aside: it is named so as to say it is not what the letter is about
# ("… is not the subject of this notice", "we do not complain about …"). Letters put an adverb in
# the negation ("is of course not affected", "n'est évidemment pas visée", "ist selbstverständlich
# nicht Gegenstand", "er naturligvis ikke omfattet"), so one or two words may stand inside it.
# Only adverbs (by their ending or a short list): a limiting one ("not only the subject") keeps the
# page in, and a noun or verb there would be another sentence.
_ADVERB = (
    r"(?!(?:only|solely|merely|simply|exclusively|nur|lediglich|ausschließlich|seulement|uniquement"
    r"|exclusivement|kun|alene|udelukkende)\b)"
    r"(?:[^\W\d_]+(?:ly|ment|lich|weise|vis|lig|ligt)|of\s+course|in\s+any\s+way|at\s+all|itself|also|even"
    r"|bien|sûr|entendu|du\s+tout|non\s+plus|auch|ja|doch|selbst|gar|heller|også|dog|jo|selvsagt|åbenbart|overhovedet)"
)
_ADVERBS = rf"(?:{_ADVERB}\s+){{0,2}}"
_NOT_ABOUT = re.compile(
    # English
    r"\bnot\s+" + _ADVERBS + r"(?:the\s+)?(?:subject|concern\w*|affected|at\s+issue|in\s+issue|in\s+dispute"
    r"|in\s+question|part\s+of\s+(?:this|our|the\s+present)|complained\s+(?:of|about)|covered|targeted)\b"
    r"|\b(?:do|does|did)\s+not\s+" + _ADVERBS + r"(?:complain|object|challenge|dispute|take\s+issue)\b"
    r"|\bare\s+not\s+" + _ADVERBS + r"(?:complaining|objecting)\b"
    r"|\bno\s+(?:complaint|objection|issue)\s+(?:is\s+(?:made|raised|taken)\s+)?(?:about|with|to|against)\b"
    r"|\bshould\s+not\s+be\s+(?:altered|removed|changed|affected|touched|taken\s+down)\b"
    r"|\bunrelated\s+to\s+this\b|\bfor\s+comparison\b"
    # German
    r"|\bnicht\s+" + _ADVERBS + r"(?:Gegenstand|betroffen|beanstandet|gemeint|erfasst|umfasst|angegriffen)\b"
    r"|\bbleibt\s+" + _ADVERBS + r"unberührt\b"
    r"|\b(?:betrifft|betreffen|beanstanden|bemängeln)\s+(?:wir\s+)?" + _ADVERBS + r"nicht\b(?!\s+nur\b)"
    # French
    r"|\b(?:ne\s+|n['’])(?:fait|font|est|sont)\s+" + _ADVERBS + r"pas\s+(?:[\w-]+ment\s+)?"
    r"(?:l['’]objet|visée?s?|concernée?s?|en\s+cause|contestée?s?|critiquée?s?|mise?s?\s+en\s+cause)"
    r"|\b(?:ne\s+|n['’])(?:vise|visent|concerne|concernent|contestons|critiquons)\s+" + _ADVERBS
    + r"pas\b(?!\s+(?:seulement|uniquement|que)\b)"
    r"|\bhors\s+de\s+cause\b"
    # Danish
    r"|\bikke\s+" + _ADVERBS + r"(?:genstand|omfattet|omfattes|berørt|berøres|en\s+del\s+af|påklaget)\b"
    r"|\b(?:vedrører|angår|berører|omfatter)\s+" + _ADVERBS + r"ikke\b(?!\s+kun\b)"
    r"|\bklager\s+(?:vi\s+)?" + _ADVERBS + r"ikke\s+over\b|\bskal\s+ikke\s+(?:ændres|fjernes)\b",
    re.IGNORECASE,
)
# Words naming the page just after them as the genuine one ("our client's genuine profile at …").
_GENUINE_BEFORE = re.compile(
    r"\b(?:genuine|original|legitimate|authori[sz]ed|echte[nms]?|originale?[nms]?|véritable|authentique|ægte)"
    r"\s*,?\s+(?:genuine\s+|original\s+|official\s+)?(?:works?|repositor(?:y|ies)|repo|profile|page|website"
    r"|site|listing|account|Profil|Seite|profil|side)\b[^.;]{0,20}$",
    re.IGNORECASE,
)
# Words that advertise a page rather than complain about it (signatures, letterheads).
_ADVERT = re.compile(
    r"\b(?:review\s+us|rate\s+us|find\s+us|follow\s+us|read\s+(?:our|what)\b|see\s+our\s+reviews|leave\s+(?:us\s+)?a"
    r"\s+review|our\s+reviews|bewerten\s+sie\s+uns|unsere\s+bewertungen|notez-nous|laissez-nous|nos\s+avis"
    r"|anmeld\s+os|vores\s+anmeldelser)\b",
    re.IGNORECASE,
)
def _set_aside(letter: Letter, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """Is the URL or id at start:end named only to be set aside? The words between it and its
    neighbours in the sentence (other URLs and ids) decide, so that a sentence naming the cited
    page and the genuine one sets aside only the genuine one."""
    text = letter.text
    lo, hi = letter.sentence_at(start, end)
    before_lo = max([e for s, e in others if lo <= e <= start], default=lo)
    after_hi = min([s for s, e in others if end <= s <= hi], default=hi)
    before, after = text[before_lo:start], text[end:after_hi]
    return bool(_NOT_ABOUT.search(before) or _NOT_ABOUT.search(after) or _GENUINE_BEFORE.search(before))


def _line_around(text: str, start: int, end: int) -> str:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return text[lo : hi if hi >= 0 else len(text)]


def _cited(letter: Letter, hit: UrlHit, others: list[tuple[int, int]]) -> tuple[bool, str]:
    if _set_aside(letter, hit.start, hit.end, others):
        return False, "named only to be set aside"
    if hit.kind == "profile" and _ADVERT.search(_line_around(letter.text, hit.start, hit.end)):
        return False, "advertises the sender's own page"
    return True, f"matches the platform's {hit.kind} URL"


def _url_rule(hit: UrlHit) -> str:
    return f"citation.{hit.kind}_url" + (".rejoined" if hit.joined else "")


def _evidence(text: str, start: int, end: int) -> Evidence:
    return Evidence(start, end, text[start:end])


def find_citations(letter: Letter) -> Citations:
    text, profile = letter.text, letter.profile
    urls: list[Found[str]] = []
    ids: list[Found[str]] = []
    seen_urls: set[str] = set()
    seen_ids: set[str] = set()
    cited_spans: list[tuple[int, int]] = []
    id_hits: list[tuple[int, Found[str]]] = []

    hits = find_platform_urls(text, profile)
    platform_spans = [(h.start, h.end) for h in hits]
    id_found = [
        h for h in find_content_ids(text, profile)
        if not any(s <= h.start and h.end <= e for s, e in platform_spans)  # counted from its URL
    ]
    named = sorted(platform_spans + [(h.start, h.end) for h in id_found])
    for hit in hits:
        ok, why = _cited(letter, hit, named)
        if not ok:
            continue
        cited_spans.append((hit.start, hit.end))
        evidence = _evidence(text, hit.start, hit.end)
        confidence = 0.8 if hit.joined else 0.95
        if hit.joined:
            why += " (rejoined across a line break)"
        key = url_key(hit.value)
        if key not in seen_urls:
            seen_urls.add(key)
            urls.append(Found(hit.value, evidence, confidence, why, _url_rule(hit)))
        if hit.content_id:
            found_id = Found(hit.content_id, evidence, confidence, "id of a cited URL", "citation.url_id")
            id_hits.append((hit.start, found_id))

    for idh in id_found:
        if _set_aside(letter, idh.start, idh.end, named):
            continue
        why = "id written in the text" + (" (OCR pieces joined)" if idh.joined else "")
        rule = "citation.text_id" + (".joined" if idh.joined else "")
        confidence = 0.75 if idh.joined else 0.9
        id_hits.append((idh.start, Found(idh.value, _evidence(text, idh.start, idh.end), confidence, why, rule)))

    for _, found in sorted(id_hits, key=lambda t: t[0]):
        if found.value.casefold() not in seen_ids:
            seen_ids.add(found.value.casefold())
            ids.append(found)

    quotes = tuple(
        Found(q.value, _evidence(text, q.start, q.end), q.confidence, q.why, q.rule)
        for q in find_quotes(text, cited_spans)
    )
    return Citations(urls=tuple(urls), review_ids=tuple(ids), quotes=quotes)
