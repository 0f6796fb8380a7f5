"""The words around a quotation that tell whose words it quotes (en, de, fr, da).

`QUOTING` cues introduce the content complained about ("the review states", "heißt es",
"l'avis indique", "anmeldelsen lyder"). Two kinds of cue introduce anything else a letter puts in
quotation marks: `OTHER_SPEAKER` (the platform's own emails and rules, the sender's earlier letters,
laws, people on the phone) and `LABEL` (defined terms, names, titles, scare quotes, wording
proposed instead). A label cue is overruled by a quoting verb after it ("a user named "X" wrote
"…""); another speaker only by a quoting verb with the content as its subject ("despite your email,
the review still says "…"").
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(patterns), _FLAGS)


_VERBS = (
    r"says|said|saying|states|stated|stating|reads|read|alleges|alleged|alleging|claims|claimed|asserts|asserted"
    r"|writes|wrote|written|contains|contained|includes|included|accuses|accused|describes|described|calls|called"
    r"|continues|adds|added|goes\s+on"
    r"|heißt|hieß|behauptet|behauptete|schreibt|schrieb|lautet|lautete|enthält|enthielt|wirft|vorwirft|fährt\s+fort"
    r"|indique|indiquait|affirme|affirmait|écrit|écrivait|prétend|prétendait|allègue|contient|contenait|comporte"
    r"|accuse|qualifie|ajoute|poursuit|décrit|décrivait|dit|disait"
    r"|skriver|skrev|påstår|påstod|lyder|lød|siger|sagde|indeholder|beskylder|kalder|tilføjer|fortsætter"
)

QUOTING = _any(
    # en
    r"\b(?:say|says|said|saying|state|states|stated|read|reads|reading|allege|alleges|alleged|alleging"
    r"|allegations?|claim|claims|claimed|claiming|assert\w*|write|writes|wrote|written|contain|contains"
    r"|containing|include|includes|including|statements?|words|accus\w+|describ\w+|description"
    r"|comments?|passages?|sentences?|phrases?|remarks?|complained\s+of|the\s+part|as\s+follows"
    r"|following|calls?|called|labels?|brands?|branded|continues|goes\s+on|adds|added)\b",
    # de
    r"\b(?:heißt\s+es|hieß\s+es|steht|stand(?=\s*:)|stand\s+(?:dort|da|darin|geschrieben)|behaupt\w*|Behauptung\w*|Äußerung\w*|äußer\w*|schreibt"
    r"|schrieb|geschrieben|lautet\w*|Aussage\w*|Wortlaut|Passage\w*|Zitat\w*|wörtlich|enthält|enthielt"
    r"|vorgeworfen|wirft|vorwirft|unterstellt|folgende\w*|wie\s+folgt|fährt\s+fort)\b",
    # fr
    r"\b(?:indique\w*|affirm\w*|écri\w*|prétend\w*|allègue\w*|allégation\w*|déclar\w*|énonc\w*|propos"
    r"|passages?|phrases?|termes|lit|lire|accus\w*|qualifi\w*|comport\w*|contient|contenait"
    r"|mentionn\w*|dit|disait|décri\w*|suivant\w*|ainsi\s+rédigé\w*|ajoute|poursuit)\b",
    # da
    r"\b(?:skriver|skrev|skrevet|påstå\w*|påstod|påstand\w*|hedder\s+det|lyder|lød|står\s+der|der\s+står"
    r"|stod\s+der|der\s+stod|siger|sagde"
    r"|udtalelse\w*|indeholder|beskylder|kalder|følgende|ordlyd\w*|tilføjer|fortsætter)\b",
)

OTHER_SPEAKER = _any(
    # the addressee (the platform): its emails, rules and pages
    r"\b(?:you|trustpilot|the\s+platform)\s+(?:have\s+|had\s+)?(?:said|stated|wrote|written|told|replied"
    r"|responded|explained|confirmed|informed|advised|indicated|acknowledged|concluded|noted)\b",
    r"\byour\s+(?:own\s+)?(?:e-?mail|letter|reply|response|message|decision|notice|notification|team"
    r"|colleague|guidelines?|terms|polic(?:y|ies)|website|site|help\s?cent(?:re|er)|standard|template"
    r"|acknowledg\w+)\b",
    # the sender's own earlier words
    r"\b(?:our|my)\s+(?:previous\s+|earlier\s+|last\s+|original\s+)?(?:letter|e-?mail|notice|message"
    r"|correspondence)\b",
    r"\bwe\s+(?:have\s+)?(?:said|wrote|stated|explained|asked|noted|replied|responded|answered)\b",
    r"\b(?:our|the\s+business['’]?s?|the\s+company['’]?s?)\s+(?:public\s+)?(?:reply|response|answer)\b",
    # the platform's rules, whoever's they are called
    r"\b(?:guidelines|terms\s+of\s+(?:use|service)|community\s+standards|Richtlinien|Nutzungsbedingungen"
    r"|lignes\s+directrices|conditions\s+générales|retningslinjer)\b",
    # people speaking, not the content
    r"\b(?:told|telling)\s+(?:me|us|him|her|them|our)\b|\bon\s+the\s+(?:tele)?phone\b",
    # laws and rules
    r"(?:§|\b(?:sections?|s\.\s?\d+|articles?|art\.|act\s+\d{4}|regulations?\s+\d|directive|paragraph"
    r"|para\.|clause|schedule|rule)\b)",
    # de
    r"\b(?:Ihr(?:e|em|en|er|es)?)\s+(?:E-Mail|Schreiben|Antwort|Mitteilung|Nachricht|Entscheidung|Richtlinien)\b",
    r"\bSie\s+(?:teilten|schrieben|erklärten|antworteten|bestätigten)\b",
    r"\bunser(?:em|es|er)?\s+(?:Schreiben|Brief|E-Mail)\b",
    r"\b(?:Abs\.|Gesetz\w*|Verordnung\w*|am\s+Telefon|telefonisch)\b",
    # fr
    r"\bvous\s+(?:nous\s+)?(?:avez\s+)?(?:indiqué|écrit|répondu|précisé|confirmé|expliqué)\b",
    r"\b(?:votre|vos)\s+(?:courriel|réponse|lettre|message|décision|e-mail|conditions|règles)\b",
    r"\bnotre\s+(?:courrier|lettre|courriel|précédent\w*)\b",
    r"\b(?:loi|code\s+(?:civil|pénal|de\s+la)|au\s+téléphone)\b",
    # da
    r"\b(?:jeres|Deres)\s+(?:e-?mail|mail|svar|brev|afgørelse|retningslinjer)\b",
    r"\b(?:loven|lov\s+om|stk\.|i\s+telefonen)\b",
)

LABEL = _any(
    # definitions, names, titles, scare quotes
    r"\b(?:means|meaning|defined|hereinafter|referred\s+to\s+as|known\s+as|titled|entitled|headed"
    r"|headlined|heading|caption|labell?ed|named|display\s+name|user\s?name|handle|pseudonym|alias"
    r"|trading\s+as|under\s+the\s+name|calling\s+(?:himself|herself|themselves)|subject\s+line|marked"
    r"|so-called)\b",
    # wording proposed instead of the content
    r"\b(?:wording|re-?word\w*|replac\w*|instead|amend\w*\s+to|to\s+read|new\s+version|suggested|proposed"
    r"|propose)\b",
    # de
    r"\b(?:unter\s+dem\s+(?:Namen|Nutzernamen|Pseudonym)|Nutzername\w*|Überschrift|betitelt|im\s+Folgenden"
    r"|sogenannt\w*|Formulierung|ersetz\w*|stattdessen)\b",
    # fr
    r"\b(?:sous\s+le\s+(?:nom|pseudonyme)|intitulé\w*|ci-après|dénommé\w*|soi-disant|prétendu\w*|formulation"
    r"|remplac\w*)\b",
    # da
    r"\b(?:under\s+navnet|brugernavn\w*|såkaldt\w*|overskrift\w*|formulering\w*|i\s+stedet)\b",
)

_QUOTING_VERB = re.compile(rf"\b(?:{_VERBS})\b", _FLAGS)

SUBJECT_SAYS = re.compile(
    r"\b(?:review|reviews|reviewer|post|comment|author|it|they|he|she|Bewertung|Rezension|Verfasser\w*|es"
    rf"|avis|auteur|il|elle|anmeldelse\w*|anmelder\w*|den|det)\b[^.;:]{{0,40}}?\b(?:{_VERBS})\b",
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
CONTENT_NOUN = _any(
    r"\b(?:reviews?|posts?|comments?|ratings?|descriptions?|Bewertung\w*|Rezension\w*|Kommentar\w*|Beitrag"
    r"|avis|commentaires?|publications?|anmeldelse\w*|opslag\w*|kommentar\w*)\b",
)


def verdict(clause: str) -> bool | None:
    """True where the words before a quotation introduce the content, False where they introduce
    something else, None where they say neither. The last cue decides (see the module's text)."""
    speaker = [(m.end(), True) for m in OTHER_SPEAKER.finditer(clause)]
    label = [(m.end(), False) for m in LABEL.finditer(clause)]
    if speaker or label:
        end, is_speaker = max(speaker + label)
        rescue = SUBJECT_SAYS if is_speaker else _QUOTING_VERB
        return rescue.search(clause, end) is not None
    if QUOTING.search(clause):
        return True
    return None
