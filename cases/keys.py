"""What identifies a matter, normalised so that two spellings of the same thing meet in one key.

A key is a (kind, value) pair stored as a `CaseKey` row: linking a document is a handful of
indexed look-ups of its keys, whatever the number of cases.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from cases.vocab import KeyKind
from extract.profile import PlatformProfile
from lexicon.patterns import EMAIL_LOOSE as _EMAIL


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Legal forms and profession labels that people add or drop when they write a company's name:
# "Brightside Roofing Ltd" and "Brightside Roofing Limited" are one company.
LEGAL_FORMS = _words(
    """ltd limited llp plc inc incorporated llc lp corp corporation co company gmbh mbh ag kg ug
    se mbb partg partgmbb partnerschaft partnerschaftsgesellschaft ohg ev sas sasu sarl eurl sa sca
    selarl scp aps as a s ivs is bv nv pty pte srl spa oy ab clg cic uk"""
)
# Trailing labels of a firm's trade: "Ashby Crane Solicitors" = "Ashby Crane".
PROFESSION = _words(
    """solicitors solicitor rechtsanwälte rechtsanwaelte rechtsanwalt rechtsanwaltskanzlei kanzlei
    avocats avocat cabinet advokatfirma advokater advokat attorneys lawyers law legal"""
)
# A leading article or form written before the name: "The Corner Shop", "SARL Maison Dupré".
LEADING = _words("the sarl sas sa gmbh eurl selarl la le les der die das")

# Mailboxes anyone can have: the domain says nothing about who writes.
FREEMAIL = _words(
    """gmail.com googlemail.com outlook.com outlook.ie hotmail.com hotmail.co.uk live.com live.co.uk
    msn.com yahoo.com yahoo.co.uk yahoo.fr yahoo.de ymail.com aol.com icloud.com me.com mac.com
    btinternet.com sky.com virginmedia.com talktalk.net ntlworld.com gmx.de gmx.net gmx.at web.de
    t-online.de freenet.de posteo.de mailbox.org orange.fr wanadoo.fr free.fr laposte.net sfr.fr
    protonmail.com proton.me tutanota.com mail.com zoho.com eircom.net mail.dk jubii.dk"""
)

_HEX24 = re.compile(r"^[0-9a-f]{24}$")


@dataclass(frozen=True)
class Key:
    kind: KeyKind
    value: str
    role: str = ""


def fold(s: str) -> str:
    """Casefolded, accents off, '&' read as 'and', punctuation as spaces."""
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("&", " and ").replace("+", " and ")
    s = re.sub(r"[^\w@]+", " ", s).replace("_", " ")
    return " ".join(s.split())


def party_key(name: str | None) -> str | None:
    """A person's or organisation's name without legal form, profession label or article."""
    if not name:
        return None
    words = fold(name).split()
    while len(words) > 1 and words[0] in LEADING:
        words.pop(0)
    while len(words) > 1 and (words[-1] in LEGAL_FORMS or words[-1] in PROFESSION or words[-1] == "and"):
        words.pop()
    # "Ltd." inside a name ("X Ltd trading as Y") is rare; the form at the end is what varies
    value = " ".join(words)
    return value if len(value) >= 3 else None


def party_tokens(key: str) -> list[str]:
    """The distinctive words of a party key, for finding near spellings by an indexed look-up."""
    return [w for w in key.split() if len(w) >= 4 and w not in _COMMON_WORDS][:2]


_COMMON_WORDS = _words(
    """and the of for services service group home homes ltd limited company clinic care dental
    management solutions consulting international holdings partners associates"""
)


def email_key(addr: str | None) -> str | None:
    if not addr:
        return None
    m = _EMAIL.search(addr)
    return m.group(0).casefold().strip(".") if m else None


def domain_key(addr: str | None, own_domains: Iterable[str] = ()) -> str | None:
    """The organisation behind an address: its domain, unless anyone can have one there."""
    e = email_key(addr)
    if not e:
        return None
    domain = e.rsplit("@", 1)[1]
    if domain in FREEMAIL or _is_own(domain, own_domains):
        return None
    return domain


def _is_own(host: str, own_domains: Iterable[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in own_domains)


def ref_key(ref: str | None) -> str | None:
    """A reference compared as letters and digits only ("HC/BR/2291" = "hc br 2291")."""
    if not ref:
        return None
    s = re.sub(r"[\W_]+", "", ref).casefold()
    # a reference that is a bare word or a short number is not specific enough to link by
    return s if len(s) >= 4 and any(c.isdigit() for c in s) else None


def message_id_key(mid: str | None) -> str | None:
    if not mid:
        return None
    s = mid.strip().strip("<>").strip().casefold()
    return s or None


def message_ids(header: str | Iterable[str] | None) -> list[str]:
    """Every Message-ID in an In-Reply-To or References header (or a list of them)."""
    if not header:
        return []
    items = [header] if isinstance(header, str) else list(header)
    out: list[str] = []
    for item in items:
        found = re.findall(r"<([^<>\s]+)>", item) or item.split()
        for mid in found:
            k = message_id_key(mid)
            if k and k not in out:
                out.append(k)
    return out


def business_key(slug: str | None) -> str | None:
    """A business page's name as the platform writes it in the URL (usually the domain)."""
    if not slug:
        return None
    s = slug.strip().strip("/").casefold()
    s = re.sub(r"^(?:https?://)?(?:www\.)?", "", s)
    return s or None


def url_keys(url: str, profile: PlatformProfile) -> list[Key]:
    """A platform URL as the review or business page it points at."""
    out: list[Key] = []
    m = profile.content_url.search(url)
    if m and m.groupdict().get("id"):
        out.append(Key(KeyKind.review_id, m.group("id").casefold()))
    elif profile.profile_url and (m := profile.profile_url.search(url)) and m.groupdict().get("name"):
        b = business_key(m.group("name"))
        if b:
            out.append(Key(KeyKind.business, b))
    return out


def review_id_key(rid: str | None) -> str | None:
    if not rid:
        return None
    s = rid.strip().casefold()
    return s if _HEX24.match(s) or len(s) >= 6 else None


def case_ref_key(ref: str | None, prefix: str = r"[A-Za-z]{1,6}") -> tuple[str, int, int] | None:
    """Our own case reference in any spelling ("CI-2026-0117", "ci 2026/117") as (prefix, year, n)."""
    if not ref:
        return None
    m = re.search(rf"\b({prefix})[\s\-_/.]*((?:19|20)\d\d)[\s\-_/.]*(\d{{1,6}})\b", ref, re.I)
    if not m:
        return None
    return m.group(1).upper(), int(m.group(2)), int(m.group(3))


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").casefold()
