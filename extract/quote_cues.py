"""The words around a quotation that tell whose words it quotes (en, de, fr, da).

`QUOTING` cues introduce the content complained about ("the review states", "heißt es",
"l'avis indique", "anmeldelsen lyder"); `NOT_CONTENT` cues introduce anything else a letter puts
in quotation marks: the platform's own emails and rules, the sender's earlier letters, laws,
defined terms, names and titles, wording proposed instead. `SUBJECT_SAYS` is a quoting cue with
its subject ("the review still says"), strong enough to win over a `NOT_CONTENT` cue before it
("despite your email, the review still says …").
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE

QUOTING = re.compile(
    "|".join(
        (
            # en
            r"\b(?:say|says|said|saying|state|states|stated|read|reads|reading|allege|alleges|alleged|alleging"
            r"|allegations?|claim|claims|claimed|claiming|assert\w*|write|writes|wrote|written|contain|contains"
            r"|containing|include|includes|including|statements?|words|accus\w+|describ\w+|description"
            r"|comments?|passages?|sentences?|phrases?|remarks?|complained\s+of|the\s+part|as\s+follows"
            r"|following)\b",
            # de
            r"\b(?:heißt\s+es|hieß\s+es|steht|stand|behaupt\w*|Behauptung\w*|Äußerung\w*|äußer\w*|schreibt"
            r"|schrieb|geschrieben|lautet\w*|Aussage\w*|Wortlaut|Passage\w*|Zitat\w*|wörtlich|enthält|enthielt"
            r"|vorgeworfen|unterstellt|folgende\w*|wie\s+folgt)\b",
            # fr
            r"\b(?:indique\w*|affirm\w*|écri\w*|prétend\w*|allègue\w*|allégation\w*|déclar\w*|énonc\w*|propos"
            r"|passages?|phrases?|termes|lit|lire|accus\w*|qualifi\w*|comport\w*|contient|contenait"
            r"|mentionn\w*|dit|suivant\w*|ainsi\s+rédigé\w*)\b",
            # da
            r"\b(?:skriver|skrev|skrevet|påstå\w*|påstand\w*|hedder\s+det|lyder|står\s+der|siger|sagde"
            r"|udtalelse\w*|indeholder|beskylder|kalder|følgende|ordlyd\w*)\b",
        )
    ),
    _FLAGS,
)

NOT_CONTENT = re.compile(
    "|".join(
        (
            # the addressee's own words (the platform's emails, rules and pages)
            r"\b(?:you|trustpilot|the\s+platform)\s+(?:have\s+|had\s+)?(?:said|stated|wrote|written|told|replied"
            r"|responded|explained|confirmed|informed|advised|indicated|acknowledged|concluded|noted)\b",
            r"\byour\s+(?:own\s+)?(?:e-?mail|letter|reply|response|message|decision|notice|notification|team"
            r"|colleague|guidelines?|terms|polic(?:y|ies)|website|site|help\s?cent(?:re|er)|standard|template"
            r"|acknowledg\w+)\b",
            # the sender's own earlier words
            r"\b(?:our|my)\s+(?:previous\s+|earlier\s+|last\s+|original\s+)?(?:letter|e-?mail|notice|message"
            r"|correspondence)\b",
            r"\bwe\s+(?:have\s+)?(?:said|wrote|stated|explained|asked|noted)\b",
            # laws and rules
            r"(?:§|\b(?:sections?|s\.\s?\d+|articles?|art\.|act\s+\d{4}|regulations?\s+\d|directive|paragraph"
            r"|para\.|clause|schedule|rule)\b)",
            # definitions, names, titles, scare quotes
            r"\b(?:means|meaning|defined|hereinafter|referred\s+to\s+as|known\s+as|titled|entitled|headed"
            r"|headlined|heading|caption|labell?ed|named|display\s+name|user\s?name|handle|pseudonym|alias"
            r"|trading\s+as|under\s+the\s+name|calling\s+(?:himself|herself|themselves)|subject\s+line|marked"
            r"|so-called)\b",
            # wording proposed instead of the content
            r"\b(?:wording|re-?word\w*|replac\w*|instead|amend\w*\s+to|to\s+read|new\s+version|suggested|proposed"
            r"|propose)\b",
            # de
            r"\b(?:Ihr(?:e|em|en|er|es)?)\s+(?:E-Mail|Schreiben|Antwort|Mitteilung|Nachricht|Entscheidung|Richtlinien)\b",
            r"\bSie\s+(?:teilten|schrieben|erklärten|antworteten|bestätigten)\b",
            r"\bunser(?:em|es|er)?\s+(?:Schreiben|Brief|E-Mail)\b",
            r"\b(?:Abs\.|Gesetz\w*|Verordnung\w*|unter\s+dem\s+(?:Namen|Nutzernamen|Pseudonym)|Nutzername\w*"
            r"|Überschrift|betitelt|im\s+Folgenden|sogenannt\w*|Formulierung)\b",
            # fr
            r"\bvous\s+(?:nous\s+)?(?:avez\s+)?(?:indiqué|écrit|répondu|précisé|confirmé|expliqué)\b",
            r"\b(?:votre|vos)\s+(?:courriel|réponse|lettre|message|décision|e-mail|conditions|règles)\b",
            r"\bnotre\s+(?:courrier|lettre|courriel|précédent\w*)\b",
            r"\b(?:loi|code\s+(?:civil|pénal|de\s+la)|sous\s+le\s+(?:nom|pseudonyme)|intitulé\w*|ci-après"
            r"|dénommé\w*|soi-disant|prétendu\w*|formulation|remplac\w*)\b",
            # da
            r"\b(?:jeres|Deres)\s+(?:e-?mail|mail|svar|brev|afgørelse|retningslinjer)\b",
            r"\b(?:loven|lov\s+om|stk\.|under\s+navnet|brugernavn\w*|såkaldt\w*|overskrift\w*|formulering\w*)\b",
        )
    ),
    _FLAGS,
)

SUBJECT_SAYS = re.compile(
    r"\b(?:review|reviews|reviewer|post|comment|author|it|they|he|she|Bewertung|Rezension|Verfasser\w*|es"
    r"|avis|auteur|il|elle|anmeldelse\w*|anmelder\w*|den|det)\b[^.;:]{0,40}?\b(?:says|said|states|stated|reads"
    r"|writes|wrote|alleges|claims|contains|includes|heißt|behauptet|schreibt|lautet|enthält|indique|affirme"
    r"|écrit|prétend|contient|comporte|skriver|påstår|lyder|siger|indeholder)\b",
    _FLAGS,
)

# A quotation followed by who says it: "…", the review says / „…“, heißt es / « … », écrit l'auteur.
QUOTING_AFTER = re.compile(
    r"^[\s,;–—-]{0,4}(?:(?:the|this|that|which|as|her|his|their)\s+(?:review|reviewer|post|comment|author|user)"
    r"\b[^.]{0,30}?\b(?:says|said|states|stated|writes|wrote|claims|alleges)|heißt\s+es|schreibt|behauptet"
    r"|écrit|affirme|indique|skriver|står\s+der)\b",
    _FLAGS,
)

# Between two quotations of one sentence: "…" and "…" / „…“ sowie „…“ / (b) "…".
CONTINUES = re.compile(
    r"^[\s,;:]*(?:(?:and|or|as\s+well\s+as|und|oder|sowie|et|ou|ainsi\s+que|og|eller|samt)\b)?[\s,;:]*"
    r"(?:[(\[]?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)\]][\s]*|[-–•*·][\s]*)?$",
    _FLAGS,
)


# Nouns naming the content: "My review: "…"" quotes it even without a verb.
CONTENT_NOUN = re.compile(
    r"\b(?:reviews?|posts?|comments?|ratings?|descriptions?|Bewertung\w*|Rezension\w*|Kommentar\w*|Beitrag"
    r"|avis|commentaires?|publications?|anmeldelse\w*|opslag\w*|kommentar\w*)\b",
    _FLAGS,
)


def verdict(clause: str) -> bool | None:
    """True where the words before a quotation introduce the content, False where they introduce
    something else, None where they say neither. The last cue decides; a not-content cue is only
    overruled by a quoting cue with its subject after it."""
    negatives = list(NOT_CONTENT.finditer(clause))
    if negatives:
        last = negatives[-1]
        return any(m.start() >= last.end() for m in SUBJECT_SAYS.finditer(clause)) or False
    if QUOTING.search(clause):
        return True
    return None
