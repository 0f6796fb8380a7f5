"""What the lexicon may hold: each concept's name, the shape of its entries, and the languages
that must (or may) define it. `lexicon.load` checks every language's data against this at load,
so a typo in a concept's name, an empty list or a broken regex fails at once, not as a silent
miss in some letter months later."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple


class Shape(StrEnum):
    """How a concept's entries look."""

    PATTERNS = "patterns"  # regex fragments, each compiling on its own; users join them as alternatives
    CALENDAR = "calendar"  # one tuple of words per month or weekday, in calendar order
    WEIGHTED = "weighted"  # (regex fragment, weight) pairs, in the order they are tried
    NUMBERS = "numbers"  # (word, value) pairs
    REPLY = "reply"  # ReplyHeader entries


class ReplyHeader(NamedTuple):
    """The line an email client writes above a quoted message: "On <date>, <name> wrote:",
    "Am <date> schrieb <name>:". `opener` and `verb` are regex fragments; `writer_after` says
    the writer's name follows the verb (German, Danish) rather than preceding it."""

    opener: str
    verb: str
    writer_after: bool = False


# The desk's languages: the ones letters are written in and language detection tells apart.
DESK = ("en", "de", "fr", "da")
# Languages whose mail clients' markers reach the desk inside forwarded and quoted mail, and
# `xx` (as spaCy names it) for what belongs to no single desk language: other countries' legal
# forms and mail conventions. They hold only the concepts that say they are open to them.
EXTRA = ("nl", "xx")
LANGUAGES = DESK + EXTRA


@dataclass(frozen=True)
class Concept:
    name: str
    shape: Shape
    required: tuple[str, ...] = DESK  # languages that must define it
    optional: tuple[str, ...] = ()  # languages that may
    size: int | None = None  # CALENDAR: how many rows (12 months, 7 weekdays)
    doc: str = ""

    @property
    def allowed(self) -> tuple[str, ...]:
        return self.required + self.optional


_MAIL = ("nl", "xx")

CONCEPTS: dict[str, Concept] = {c.name: c for c in (
    Concept("months", Shape.CALENDAR, size=12,
            doc='month names; a word ending in "." is a short form that may take a full stop ("Nov.")'),
    Concept("weekdays", Shape.CALENDAR, size=7, doc="weekday names and short forms, Monday first"),
    Concept("salutations", Shape.PATTERNS, doc="how a letter greets its reader (case-insensitive)"),
    Concept("signoffs", Shape.PATTERNS, doc="sign-off lines before a signature (case-insensitive)"),
    Concept("closing_sentences", Shape.PATTERNS, required=("fr",),
            doc="a closing formula written as a sentence of its own (French letters)"),
    Concept("forwarded_markers", Shape.PATTERNS, optional=_MAIL,
            doc='the words of a "---- Forwarded message ----" line (case-insensitive)'),
    Concept("original_markers", Shape.PATTERNS, optional=_MAIL,
            doc='the words of a "---- Original Message ----" line (case-insensitive)'),
    Concept("forward_intros", Shape.PATTERNS,
            doc='"Begin forwarded message:" and its kin, before a forwarded header block'),
    Concept("reply_headers", Shape.REPLY, optional=_MAIL, doc='"On … wrote:" lines, as ReplyHeader entries'),
    Concept("header_from", Shape.PATTERNS, optional=_MAIL, doc='the "From:" label of a quoted header block'),
    Concept("header_sent", Shape.PATTERNS, optional=_MAIL, doc='the "Sent:" / "Date:" label'),
    Concept("header_to", Shape.PATTERNS, optional=_MAIL, doc='the "To:" label'),
    Concept("header_subject", Shape.PATTERNS, optional=_MAIL, doc='the "Subject:" label'),
    Concept("honorifics", Shape.PATTERNS,
            doc="courtesy and professional titles before a name, not part of it (case-sensitive)"),
    Concept("ranks", Shape.PATTERNS, doc="police and gendarmerie ranks before a name (case-sensitive)"),
    Concept("legal_forms", Shape.PATTERNS, optional=_MAIL,
            doc="words ending (or standing for) a company's legal form (case-sensitive)"),
    Concept("post_nominals", Shape.PATTERNS, required=("en",), optional=("de", "fr", "da"),
            doc='degrees, honours and memberships written after a name ("LLB (Hons)", "FCIArb"), not part of it '
                '(case-sensitive)'),
    Concept("degrees", Shape.PATTERNS, required=("de",), optional=("en", "fr", "da"),
            doc='academic degrees written before a name ("Dr. iur.", "Mag.", "lic. iur."), not part of it '
                '(case-sensitive)'),
    Concept("judicial_titles", Shape.PATTERNS,
            doc='the titles of judges, masters, registrars and prosecutors, before or after their name '
                '("Justice", "Richterin am Landgericht", "vice-présidente", "dommer"; case-insensitive)'),
    Concept("clerk_titles", Shape.PATTERNS,
            doc="a court clerk's title: the clerk signs beside the judge but is not who sends the order"),
    Concept("applicant_roles", Shape.PATTERNS,
            doc='the role of the party a court acts for, as a court form names it ("Applicant", '
                '"Antragstellerin", "demanderesse", "rekvirent"); never a name itself'),
    Concept("respondent_roles", Shape.PATTERNS,
            doc='the role of the party a court form is against ("Respondent", "Antragsgegnerin", "défenderesse")'),
    Concept("institution_heads", Shape.PATTERNS,
            doc="the head noun of a court's or public authority's name; a place, division or remit may follow it"),
    Concept("court_heads", Shape.PATTERNS,
            doc="the head noun of a court's name: a letter headed by one is the court's own (case-insensitive)"),
    Concept("institution_links", Shape.PATTERNS,
            doc='the words that join an institution\'s head noun to its place, division or remit ("of", "für", '
                '"de la", "i")'),
    Concept("signs_for_marks", Shape.PATTERNS,
            doc='a mark before the signer\'s name that they sign for someone or by authority ("pp", "i.A.", "gez.", '
                '"p.o."; case-insensitive)'),
    Concept("business_roles", Shape.PATTERNS,
            doc="who runs a business, as a colleague introduces them: owner, managing director, gérant"),
    Concept("proprietor_marks", Shape.PATTERNS,
            doc='the mark before an owner\'s name under the name of their business ("Inh.", "prop.", "v/")'),
    Concept("stopwords", Shape.PATTERNS, doc="common function words, for telling the language apart"),
    Concept("number_units", Shape.NUMBERS, doc="numbers written as words, below twenty"),
    Concept("number_tens", Shape.NUMBERS, doc="tens written as words"),
    Concept("named_days", Shape.NUMBERS,
            doc='a day named by a feast or the year\'s end rather than by its date ("before Christmas", "bis '
                'Jahresende"), as (regex, MMDD): the last day a demand "before" or "by" it can mean'),
    Concept("deadline_cues", Shape.WEIGHTED,
            doc="words before a date that make it a deadline, with their strength, in the order tried"),
    Concept("deadline_fillers", Shape.PATTERNS,
            doc='words that may stand between a deadline cue and its date ("close of business on the")'),
    Concept("latest_markers", Shape.PATTERNS, doc='"at the latest" after a date'),
    Concept("limit_nouns", Shape.PATTERNS,
            doc='nouns naming a time limit, whose verb gives its date ("the final date … is", "Frist … endet am")'),
    Concept("limit_verbs", Shape.PATTERNS,
            doc='what joins a time-limit noun to its date ("is", "expires on", "est fixée au", "udløber")'),
    Concept("requested_by", Shape.PATTERNS,
            doc='a form label\'s "… required by", "… erbeten bis", "… attendue avant le": a date is asked for'),
    Concept("weekday_cues", Shape.PATTERNS, doc='words before a weekday that make it a deadline ("by Friday")'),
    Concept("coming_words", Shape.PATTERNS, doc='"next", "this", "coming" before a weekday'),
    Concept("next_week_words", Shape.PATTERNS,
            doc='after a weekday, the week after this one ("Friday of next week", "Montag nächster Woche")'),
    Concept("demand_cues", Shape.PATTERNS,
            doc="words by which a sentence asks something of the reader: a request, an order, a condition"),
    Concept("operative_headings", Shape.PATTERNS,
            doc='a court\'s words that make the numbered paragraphs after them orders ("THE COURT ORDERS THAT:")'),
    Concept("court_nouns", Shape.PATTERNS, doc="courts' names, as their headings or signatures give them"),
    Concept("order_titles", Shape.PATTERNS, doc='a decision\'s title on a line of its own ("ORDER", "Beschluss")'),
    Concept("police_nouns", Shape.PATTERNS, doc="police forces and prosecutors, as their letterhead names them"),
    Concept("authority_nouns", Shape.PATTERNS,
            doc="public authorities: regulators, commissioners, ministries, agencies, as their letterhead names them"),
    Concept("law_firm_nouns", Shape.PATTERNS, doc="what a law firm's letterhead calls it"),
    Concept("reader_cues", Shape.PATTERNS, doc="words by which a sentence addresses the reader or speaks of a reply"),
    Concept("report_cues", Shape.PATTERNS,
            doc="words by which a sentence reports what happened, or grants a permission, rather than demands"),
    Concept("condition_words", Shape.PATTERNS, doc='"if", "unless": a condition that makes a report a demand'),
    Concept("acknowledgement_cues", Shape.PATTERNS, doc="asking only to acknowledge receipt"),
    Concept("order_made", Shape.PATTERNS,
            doc='a sentence saying an order was made, and when ("the Order … made on", "granted the order", '
                '"Beschluss … vom", "ordonnance rendue le", "kendelse afsagt den")'),
    Concept("deadline_moves", Shape.PATTERNS,
            doc='words before a date that move a time limit to it ("extend the deadline to", "reporter l\'échéance '
                'au"): the new limit, which supersedes the one it moves'),
    Concept("not_applicable", Shape.PATTERNS,
            doc='words saying a law does not apply ("does not apply", "findet keine Anwendung", "ne s\'applique pas"): '
                'a law named so is not invoked'),
    Concept("absence_words", Shape.PATTERNS,
            doc='words by which a sentence says someone is away or an office closed ("out of the office until", '
                '"geschlossen", "fermé", "lukket"): its dates are no demand'),
    Concept("own_plans", Shape.PATTERNS,
            doc='words by which a clause speaks of the writer\'s own plan ("we expect to have … by", "werden … '
                'voraussichtlich"), not of what the reader must do'),
    Concept("immediate_words", Shape.PATTERNS,
            doc='a demand for action at once, which sets no date ("immediately", "sofort", "sans délai", "straks")'),
    Concept("law_statements", Shape.PATTERNS,
            doc='words by which a sentence states what a law requires of anyone ("under Article", "a controller '
                'must", "nach Art.", "conformément à"), not what the writer demands'),
    Concept("person_labels", Shape.PATTERNS,
            doc='a form\'s label of the sender\'s name ("Full name", "Sachbearbeiterin"), the whole label'),
    Concept("organisation_labels", Shape.PATTERNS, doc='a form\'s label of the sender\'s organisation ("Company")'),
    Concept("empty_values", Shape.PATTERNS,
            doc='what a form\'s field holds when it is left empty ("none", "n/a", "keine", "aucune", "ingen")'),
    Concept("email_labels", Shape.PATTERNS, doc='a form\'s label of the sender\'s e-mail address ("Courriel")'),
    Concept("date_labels", Shape.PATTERNS, doc='the label before a letter\'s date ("Date:", "Datum:", "Fait le")'),
    Concept("received_stamps", Shape.PATTERNS, doc="a received stamp's word: the line's date is not the letter's"),
    # reference labels (extract.parties.refshapes): the sender's own, a file number, a bare word
    Concept("reference_labels", Shape.WEIGHTED,
            doc='labels of the sender\'s reference, by class: 3 their own ("Our ref", "Unser Zeichen", "N/Réf."), '
                '2 a file number of a case, court or authority ("Claim No.", "Aktenzeichen", "RG n°", "Sagsnr."), '
                '1 a bare reference word that needs a colon ("Ref:") (case-insensitive)'),
    Concept("our_reference_labels", Shape.PATTERNS,
            doc='labels of the platform\'s reference as the sender quotes it ("Your ref", "Ihr Zeichen", "V/Réf.")'),
    Concept("reference_foreign_qualifiers", Shape.PATTERNS, required=("en",), optional=("de", "fr", "da"),
            doc='a word before "ref" that names someone else\'s number ("Order ref", "Review reference")'),
)}
