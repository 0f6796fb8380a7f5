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
    r"|skriver|skrev|påstår|påstod|lyder|lød|siger|sagde|indeholder|indeholdt|beskylder|kalder|tilføjer|fortsætter"
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
    r"|mentionn\w*|dit|disait|décri\w*|suivant\w*|ainsi\s+rédigé\w*|ajoute|poursuit|racont\w*)\b",
    # da
    r"\b(?:skriver|skrev|skrevet|påstå\w*|påstod|påstand\w*|hedder\s+det|lyder|lød|står\s+der|der\s+står"
    r"|stod\s+der|der\s+stod|siger|sagde"
    r"|udtalelse\w*|udsagn\w*|sætning\w*|citat\w*|indeholder|indeholdt|beskylder|beskyldte|kalder|kaldte|følgende"
    r"|ordlyd\w*|tilføjer|fortsætter|beskriver|beskrev|fortæller\s+om|fortalte\s+om)\b",
    # en/de: the sender recounting what the content told ("in it I recounted", "dort schilderte ich")
    r"\b(?:recount\w*|schilder\w*)\b",
)

# "for example" before a quotation whose sentence names the content ("several reviews share the same
# text, for example "…"") offers a sample of that content.
EXAMPLE = _any(
    r"(?:\be\.\s?g\.|\bfor\s+(?:example|instance)\b|\bsuch\s+as\b|\bz\.\s?B\.|\bzum\s+Beispiel\b"
    r"|\bbeispielsweise\b|\bpar\s+exemple\b|\bp\.\s?ex\.|\bnotamment\b|\bf\.\s?eks\.|\beksempelvis\b"
    r"|\bfor\s+eksempel\b|\bbl\.\s?a\.|\bherunder\b)\s*:?\s*$",
)

OTHER_SPEAKER = _any(
    # the addressee (the platform): its emails, rules and pages
    r"\b(?:you|trustpilot|the\s+platform)\s+(?:have\s+|had\s+)?(?:said|stated|wrote|written|told|replied"
    r"|responded|explained|confirmed|informed|advised|indicated|acknowledged|concluded|noted"
    r"|say|state|write|claim|tell\s+me|tell\s+us)\b",
    # an email or notice as the one speaking ("The email says …", "the notification read …"): the
    # platform's message, never the content - unless the content is named as the subject after it
    r"\b(?:the|this|that|an|a|its|their)\s+(?:e-?mail|notification|notice|message)\b(?=[^.;:]{0,40}?\b(?:says|said"
    r"|states|stated|reads|read|told|tells|explained|explains)\b)",
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
    # people speaking, not the content: words said or written to the sender ("the shop wrote to me")
    r"\b(?:told|telling)\s+(?:me|us|him|her|them|our)\b|\bon\s+the\s+(?:tele)?phone\b",
    r"\b(?:wrote|written|writes|said|says|replied|emailed|e-mailed|messaged|texted|explained)\s+(?:back\s+)?"
    r"to\s+(?:me|us)\b|\b(?:emailed|e-mailed|messaged|texted|informed)\s+(?:me|us)\b",
    r"\b(?:schrieb|schreibt|geschrieben|sagte|gesagt|mitgeteilt|erklärt|erklärte)\s+(?:mir|uns)\b"
    r"|\b(?:mir|uns)\s+(?:\w+\s+){0,3}(?:geschrieben|gesagt|mitgeteilt|erklärt)\b|\bteilte\s+(?:mir|uns)\b",
    r"\b(?:m['’]|nous\s+)(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,2}(?:écrit|dit|répondu|expliqué|affirmé)\b"
    r"|\b(?:m['’]|nous\s+)(?:écrit|dit|répond|explique)\b",
    r"\b(?:skrev|skrevet|skriver|sagde|sagt|siger|svarede|svaret|fortalte|fortalt|meddelte|meddelt|forklarede)"
    r"\s+(?:til\s+)?(?:mig|os)\b",
    # the platform's own notices on a page ("a warning banner says …")
    r"\b(?:banner\w*|bandeau\w*|avertissement|Warnhinweis\w*|Hinweisbanner|advarsel\w*|warning\s+(?:label"
    r"|message|notice|sign))\b",
    # laws and rules
    r"(?:§|\b(?:sections?|s\.\s?\d+|articles?|art\.|act\s+\d{4}|regulations?\s+\d|directive|paragraph"
    r"|para\.|clause|schedule|rule)\b)",
    # de
    r"\b(?:Ihr(?:e|em|en|er|es)?)\s+(?:E-Mail|Schreiben|Antwort|Mitteilung|Nachricht|Entscheidung|Richtlinien)\b",
    r"(?-i:\bSie)\s+(?:teilten|schrieben|schreiben|erklärten|erklären|antworteten|bestätigten|behaupten)\b",
    r"\b(?:die|diese|Ihre)\s+(?:E-Mail|Nachricht|Benachrichtigung|Mitteilung)\b(?=[^.;:]{0,40}?\b(?:heißt\s+es"
    r"|hieß\s+es|lautet|lautete|besagt|besagte|schreibt)\b)",
    r"\bunser(?:em|es|er)?\s+(?:Schreiben|Brief|E-Mail)\b",
    r"\b(?:Abs\.|Gesetz\w*|Verordnung\w*|am\s+Telefon|telefonisch)\b",
    # fr
    r"\bvous\s+(?:nous\s+|me\s+)?(?:avez\s+)?(?:indiqué|écrit|répondu|précisé|confirmé|expliqué|écrivez"
    r"|indiquez|affirmez|dites|prétendez)\b",
    r"\b(?:le|ce|votre)\s+(?:courriel|message|e-mail|mail)\b(?=[^.;:]{0,40}?\b(?:indique|indiquait|dit|disait"
    r"|précise|précisait|affirme|affirmait)\b)",
    r"\b(?:votre|vos)\s+(?:courriel|réponse|lettre|message|décision|e-mail|conditions|règles)\b",
    r"\bnotre\s+(?:courrier|lettre|courriel|précédent\w*)\b",
    r"\b(?:loi|code\s+(?:civil|pénal|de\s+la)|au\s+téléphone)\b",
    # da
    r"\b(?:jeres|Deres)\s+(?:e-?mail|mail|svar|brev|afgørelse|retningslinjer)\b",
    # "I skriver, at …" (you, plural: the platform) / "du skriver": the addressee's words, not the content
    r"(?-i:\bI)\s+(?:skriver|skrev|har\s+skrevet|siger|sagde|påstår|oplyser|oplyste)\b"
    r"|\b(?:du|De)\s+(?:skriver|skrev|har\s+skrevet|påstår|oplyser|oplyste)\b",
    r"\b(?:mailen|e-?mailen|beskeden|meddelelsen|jeres\s+besked)\b(?=[^.;:]{0,40}?\b(?:skriver|siger|lyder"
    r"|står\s+der)\b)",
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

# Words that take up the quoting again after a first quotation: "… and further that "…"", „…“ Und
# weiter: ‚…‘, « … » et plus loin « … », »…« og videre »…«.
_FURTHER = (
    r"further(?:\s+(?:on|down))?|also|later(?:\s+on)?|elsewhere|again|then|moreover|furthermore|in\s+addition"
    r"|additionally|next"
    r"|weiter(?:\s+unten)?|ferner|außerdem|zudem|später|dann|auch|des\s+Weiteren|weiterhin"
    r"|plus\s+loin|ensuite|puis|encore|aussi|ailleurs|de\s+plus|en\s+outre|par\s+ailleurs"
    r"|videre|længere\s+nede|senere|desuden|også|derefter|endvidere|så"
)
_LIST_ITEM = r"(?:[(\[]?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)\]][\s]*|[-–•*·][\s]*)?"
# Between two quotations of one sentence: "…" and "…" / „…“ sowie „…“ / (b) "…" / "…" and further that "…".
CONTINUES = re.compile(
    r"^[\s,;:]*(?:(?:and|or|as\s+well\s+as|und|oder|sowie|et|ou|ainsi\s+que|og|eller|samt)\b)?[\s,;:]*"
    rf"(?:(?:{_FURTHER})\b[\s,;:]*)?(?:(?:that|dass|daß|que|qu['’]|at)\b[\s,;:]*|qu['’])?{_LIST_ITEM}$",
    _FLAGS,
)
# The same, as the opening of a new paragraph after one ending with a quotation: "Und weiter: ‚…‘".
CONTINUES_PARAGRAPH = re.compile(
    r"^[\s,;:]*(?:(?:and|und|et|og|samt|sowie|ainsi\s+que|as\s+well\s+as)\b[\s,;:]*)?"
    rf"(?:{_FURTHER})\b[\s,;:]*(?:(?:that|dass|daß|que|at)\b[\s,;:]*|qu['’])?{_LIST_ITEM}$"
    r"|^[\s,;:]*(?:sowie|ainsi\s+que|as\s+well\s+as|samt)\b[\s,;:]*(?:(?:that|dass|que|at)\b[\s,;:]*|qu['’])?$",
    _FLAGS,
)

# Nouns naming the content: "My review: "…"" quotes it even without a verb.
CONTENT_NOUN = _any(
    r"\b(?:reviews?|posts?|comments?|ratings?|descriptions?|Bewertung\w*|Rezension\w*|Kommentar\w*|Beitrag"
    r"|avis|commentaires?|publications?|anmeldelse\w*|opslag\w*|kommentar\w*)\b",
)


# A court's decision quoted in its own words ("the operative part of the order reads", "le dispositif
# de l'ordonnance est ainsi rédigé", "der Tenor lautet", "kendelsen lyder"): a decision is a speaker
# only as the subject of a quoting verb - "the order finds that the review contains …" quotes the review.
_COURT = re.compile(
    r"\b(?:(?:the|this|that|its|court)\s+order|judg(?:e)?ment|ruling|injunction|decree|operative\s+part|court"
    r"|Beschluss\w*|Urteil\w*|Tenor|Verfügung|Gericht\w*|Entscheidungsformel|ordonnance|jugement|arrêt"
    r"|dispositif|tribunal|cour|kendelse\w*|dom|dommen|domstol\w*|(?:by|lands|foged|høje)?retten|domskonklusion\w*)\b",
    _FLAGS,
)
_COURT_VERB = re.compile(
    rf"\b(?:{_VERBS}|provides?|provided|orders?|ordered|held|holds|lautet|besagt|bestimmt|dispose|disposait"
    r"|ordonne|énonce|(?:est\s+)?(?:ainsi\s+)?(?:rédigé|libellé)e?|bestemmer|fastslår|fastslog)\b",
    _FLAGS,
)
# A law or rule named as the measure of what is said ("defamatory within the meaning of section 1",
# "diffamatoires au sens de l'article 29", "im Sinne des § 186 StGB", "i strid med § 267") is not
# what the quotation quotes.
_MEASURE = re.compile(
    r"\b(?:within\s+the\s+meaning\s+of|as\s+defined\s+(?:in|by)|for\s+the\s+purposes\s+of|contrary\s+to"
    r"|in\s+(?:breach|violation)\s+of|au\s+sens\s+(?:de|du|des)|en\s+violation\s+(?:de|du|des)|contraire\s+à"
    r"|im\s+Sinne|unter\s+Verstoß\s+gegen|i\s+strid\s+med|i\s+\w+\s+forstand|jf\.)",
    _FLAGS,
)
_URL = re.compile(r"(?i)\b(?:https?://|www\.)\S+|\b(?:[\w-]+\.)+[a-z]{2,}/\S*")


def _court_speaks(clause: str) -> list[int]:
    """Ends of the quoting verbs whose subject is a court decision (no content named between)."""
    ends = []
    for m in _COURT.finditer(clause):
        v = _COURT_VERB.search(clause, m.end(), m.end() + 45)
        if v and not re.search(r"[.;«»\"“„]", clause[m.end() : v.start()]) and not CONTENT_NOUN.search(
            clause, m.end(), v.start()
        ):
            ends.append(v.end())
    return ends


def _measured(clause: str, at: int) -> bool:
    """Is the cue at `at` a law named as a measure: a measure phrase before it in the same phrase?"""
    lo = max(clause.rfind(c, 0, at) for c in ",;:()")
    return _MEASURE.search(clause, lo + 1, at) is not None


def strip_urls(clause: str) -> str:
    # a URL's path ("/reviews/…", "/review/shop.example") is no word of the letter
    return _URL.sub(lambda m: " " * len(m.group(0)), clause)


def names_other_speaker(sentence: str) -> bool:
    """Is what `sentence` is about (the first thing it names: its subject, as a rule) a speaker
    other than the content - the platform's banner, an email, a law - so that a bare "It reads:" /
    "Le texte dit :" after it quotes that speaker?"""
    sentence = strip_urls(sentence)
    speaker = [m.start() for m in OTHER_SPEAKER.finditer(sentence) if not _measured(sentence, m.start())]
    if not speaker:
        return False
    content = CONTENT_NOUN.search(sentence)
    return content is None or min(speaker) < content.start()


def verdict(clause: str) -> bool | None:
    """True where the words before a quotation introduce the content, False where they introduce
    something else, None where they say neither. The last cue decides (see the module's text)."""
    clause = strip_urls(clause)
    speaker = [(m.end(), True) for m in OTHER_SPEAKER.finditer(clause) if not _measured(clause, m.start())]
    speaker += [(end, True) for end in _court_speaks(clause)]
    measures = [m.span() for m in _MEASURE.finditer(clause)]
    label = [
        (m.end(), False) for m in LABEL.finditer(clause) if not any(s <= m.start() < e for s, e in measures)
    ]
    if speaker or label:
        end, is_speaker = max(speaker + label)
        rescue = SUBJECT_SAYS if is_speaker else _QUOTING_VERB
        return rescue.search(clause, end) is not None
    if QUOTING.search(clause):
        return True
    if EXAMPLE.search(clause) and CONTENT_NOUN.search(clause):
        return True
    return None
