"""What a person's and a party's name look like: titles, degrees and post-nominals apart from the
name; a party's name never a role word, a bare legal form, a fragment, an address or a label.

Every name here is made up for the test."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.layout.names import is_job_title, is_organisation, name_and_title, party_name, person_name

# --- a person's name, and what is written around it ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        # en: degrees, honours and memberships after the name
        ("Ysolde Oakby LLB (Hons)", "Ysolde Oakby", "LLB (Hons)"),
        ("Rory Pennick BA LLB (Hons) DipLP NP", "Rory Pennick", "BA LLB (Hons) DipLP NP"),
        ("Gwen Tallis MA FCIArb", "Gwen Tallis", "MA FCIArb"),
        ("Ailsa Bramwell BSc (Pharm) MPSI", "Ailsa Bramwell", "BSc (Pharm) MPSI"),
        ("Hugo Ferrant, Solicitor-Advocate", "Hugo Ferrant", "Solicitor-Advocate"),
        ("Odile Penhallow KC", "Odile Penhallow", "KC"),
        ("Dana Whitcroft (SRA No. 123456)", "Dana Whitcroft", "(SRA No. 123456)"),
        # en: police ranks, judges' titles in a court's heading set in capitals
        ("Cpl. Luc-Émile Garneau", "Luc-Émile Garneau", "Cpl."),
        ("THE HONOURABLE JUSTICE MIRA SOLANKE", "MIRA SOLANKE", "THE HONOURABLE JUSTICE"),
        ("Justice Alden Penhallow", "Alden Penhallow", "Justice"),
        # de: academic degrees before the name, LL.M. after it, an office before it
        ("lic. iur. Irmela Wälchli, LL.M.", "Irmela Wälchli", "lic. iur., LL.M."),
        ("Mag. Lorenz Aigbauer", "Lorenz Aigbauer", "Mag."),
        ("Dr. iur. Wiebke Bosch", "Wiebke Bosch", "Dr. iur."),
        ("Staatsanwältin Dr. Carla Renner", "Carla Renner", "Staatsanwältin Dr."),
        ("Vorsitzende Richterin am Landgericht Dr. Ute Falkner", "Ute Falkner",
         "Vorsitzende Richterin am Landgericht Dr."),
        # fr
        ("Maître Josiane Berthet", "Josiane Berthet", "Maître"),
        # da
        ("cand. jur. Mads Lindvig", "Mads Lindvig", "cand. jur."),
        # degrees in capitals after the name; ranks of forces abroad; a badge or service number
        ("Ivo Brandt BDS MFDS", "Ivo Brandt", "BDS MFDS"),
        ("Nell Aubrey MBBS FRCS", "Nell Aubrey", "MBBS FRCS"),
        ("ASP Lim Wei Ling", "Lim Wei Ling", "ASP"),
        ("Detective Rory P. Vance #5512", "Rory P. Vance", "Detective, #5512"),
        ("Sergente-détective Élise Gagnon, matricule 4410", "Élise Gagnon", "Sergente-détective, matricule 4410"),
    ],
)
def test_titles_degrees_and_post_nominals_are_kept_apart_from_the_name(line: str, name: str, title: str) -> None:
    assert name_and_title(line) == (name, title)
    assert person_name(line) == name


@pytest.mark.parametrize(
    "line",
    ["Gráinne Ó Briain", "Siún Ní Laoire", "Eoin Mac Giolla", "J.-P. Valois", "Anne-Laure de la Roche"],
)
def test_names_with_particles_and_hyphenated_initials_are_names(line: str) -> None:
    assert person_name(line) == line


@pytest.mark.parametrize("line", ["Aurélie FONTAINE", "Mai NG", "Jonas DOE", "Bo Lind SAS"])
def test_a_surname_in_capitals_is_no_degree(line: str) -> None:
    assert name_and_title(line) == (line, "")


@pytest.mark.parametrize("line", ["Merci", "Signature", "Vorsitzende Richterin am Landgericht", "Co. Galway"])
def test_closings_titles_and_places_are_no_names(line: str) -> None:
    assert person_name(line) is None


_POST = ["LLB", "LL.M.", "BA", "MA", "BSc", "PhD", "MBA", "FCIArb", "DipLP", "(Hons)", "KC", "TEP", "CIPP/E"]
_FIRST = ["Ysolde", "Rory", "Helga", "Sørine", "Émile", "Aoibhe"]
_LAST = ["Oakley", "Pennick", "Brandvold", "Castelnau", "Whitmore", "Dunleavy"]


@given(
    st.sampled_from(_FIRST),
    st.sampled_from(_LAST),
    st.lists(st.sampled_from(_POST), min_size=1, max_size=4),
    st.booleans(),
)
def test_a_name_with_any_run_of_post_nominals_reads_as_the_bare_name(
    first: str, last: str, post: list[str], comma: bool
) -> None:
    line = f"{first} {last}{',' if comma else ''} {' '.join(post)}"
    assert person_name(line) == f"{first} {last}"
    name, title = name_and_title(line)
    assert name == f"{first} {last}"
    assert post[-1] in title


# --- titles and organisations ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Richterin am Landgericht", "Vorsitzender Richter am Amtsgericht", "vice-présidente", "dommer", "Registrar",
     "Deputy District Judge", "Avocat à la Cour"],
)
def test_a_judges_title_is_a_title_not_an_organisation(line: str) -> None:
    assert is_job_title(line)
    assert not is_organisation(line) or line.endswith("Landgericht") or line.endswith("Amtsgericht")


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("Supreme Court of Northshire", True),
        ("Landgericht Musterstadt", True),
        ("Tribunal judiciaire de Valrose", True),
        ("Retten i Skovby", True),
        ("Direction départementale de la protection des populations de Valrose", True),
        ("Harbourside Pharmacy", True),
        ("The Quay, Harbourtown, Co. Clare H91 X2Y3", False),
        ("Co. Clare", False),
        ("Smith & Co.", True),
    ],
)
def test_organisations_by_legal_form_word_or_institution_grammar(line: str, organisation: bool) -> None:
    assert is_organisation(line) is organisation


# --- a party's name: the validation every candidate passes ------------------------------------------


@pytest.mark.parametrize(
    ("candidate", "party"),
    [
        # a role word before the name, or the role alone
        ("Plaintiff Larkspur Dental Group, PLLC", "Larkspur Dental Group, PLLC"),
        ("the Claimant, Merrow Joinery Limited", "Merrow Joinery Limited"),
        ("Antragstellerin Brunnhuber Bäckerei GmbH", "Brunnhuber Bäckerei GmbH"),
        ("Applicant", None),
        ("the Claimant", None),
        ("Kläger", None),
        ("Antragstellerin", None),
        ("demandeur", None),
        ("requérante", None),
        ("rekvirent", None),
        # a bare legal form, a pronoun, an institution's kind with no name
        ("GmbH", None),
        ("Ltd", None),
        ("ApS", None),
        ("SARL", None),
        ("Sie", None),
        ("our client", None),
        ("Staatsanwaltschaft", None),
        # an address or postcode line, a file number
        ("12345 Musterstadt", None),
        ("80331 Musterstadt, Az.: XY-12/26", None),
        ("14 Mill Lane", None),
        ("N° RG 26/12345", None),
        # a form's label with its value; a parenthesis after the name, or only a parenthesis
        ("Case title: Bellweather Floors Pty Ltd", "Bellweather Floors Pty Ltd"),
        ("Client: Quenby Kitchens Ltd", "Quenby Kitchens Ltd"),
        ("Bellweather Floors Pty Ltd (ACN 000 000 000)", "Bellweather Floors Pty Ltd"),
        ("(advokat Jens Holm, Holm Advokatfirma)", None),
        # a description before a courtesy title; a professional title is part of a practice's name
        ("Tischlermeister Herrn Konrad Wiesel", "Konrad Wiesel"),
        ("Fotografin Frau Ilse Marquardt", "Ilse Marquardt"),
        ("Zahnarztpraxis Dr. Wendling", "Zahnarztpraxis Dr. Wendling"),
        # who represents it, its trading name: the party is the company
        ("Autohaus Rehbein GmbH, vertreten durch den Geschäftsführer Jan Rehbein", "Autohaus Rehbein GmbH"),
        ("Bayside Haulage Pty Ltd trading as Bayside Movers", "Bayside Haulage Pty Ltd"),
        ("Atelier Sorel SAS, représentée par Maître Anne Caron", "Atelier Sorel SAS"),
        # a sentence is no name
        ("the order made on the application of the claimant", None),
        # names that pass as they are
        ("Le Grand Comptoir S.à r.l.", "Le Grand Comptoir S.à r.l."),
        ("Boulangerie artisanale de l'Ouest", "Boulangerie artisanale de l'Ouest"),
        ("Fjordlys Rengøring ApS", "Fjordlys Rengøring ApS"),
        ("Ms Leocadia Vane", "Leocadia Vane"),
    ],
)
def test_a_party_is_never_a_role_a_form_a_fragment_an_address_or_a_label(candidate: str, party: str | None) -> None:
    assert party_name(candidate) == party


_WORDS = ["Harbour", "Lindqvale", "Sorel", "Brunnhof", "Kestrow", "Valmont", "Fjordby", "Ashcombe"]
_FORMS = ["Ltd", "Limited", "GmbH", "SARL", "SAS", "ApS", "A/S", "LLP", "Pty Ltd", "AG"]
_ROLES = ["Applicant", "Claimant", "Plaintiff", "Antragstellerin", "Klägerin", "demanderesse", "requérante",
          "rekvirent", "the Claimant,", "die Antragstellerin"]
_LABELS = ["Client", "Case title", "Mandantin", "Klient", "Cliente"]


@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3, unique=True),
    st.sampled_from(_FORMS),
    st.sampled_from(_ROLES),
    st.sampled_from(_LABELS),
)
def test_a_company_behind_a_role_or_a_label_reads_as_the_company(
    words: list[str], form: str, role: str, label: str
) -> None:
    name = f"{' '.join(words)} {form}"
    assert party_name(name) == name
    assert party_name(f"{role} {name}") == name
    assert party_name(f"{label}: {name}") == name
    assert party_name(f"{name}, vertreten durch den Geschäftsführer") == name
    assert party_name(role) is None
    assert party_name(form) is None
