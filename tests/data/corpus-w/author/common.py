import datetime as dt
import holidays

R = dict(
    GLEN="2c53d16ce65dea6123200eb2", HUB="d3739d3958a3f0f5bad4c27e", MAPLE_ON="d8808925848eff2234755a55",
    ZINC="ec1ba49d9fdbdfee118c220f", ZOLL="69ac3cc70250abeb8c6af3d9", METTE="66c8b99394a763e51eb1beaa",
    NORDLYS="fd1209554abe4b9fe6ccdd3d", KJELD="296d3d451da40b88cd6a967a", FENWICK_OLD="a716b270e7eb341ecd044631",
    FJORD_OLD="c2c27fe0419966bd56f127f4", STRATH="e56286dd576cd7adae92a009", QUIGLEY="6727edbef4d4a7c30c9e5b96",
    FENWICK_NEW="9725305a567afc030ad452ce", KILB="554e13cef6820c4dfff77daf", MAPLE_BC="d6b6b74dc46e109984f56f31",
    NSW="e9cf2cf88046dcd80e27d50c", EW="43ddcc22bc0148b3bf0e9e45", DMCA="ff1d43d156bf7e3f792931d9",
    QUAY="3bb8c4251a9094f6af3f109f", AUCONS="eb299c23e935742f07b34ecb", MUNRO="d0cc5cde298407bea5275b92",
    KESSLER="46eb9d8b8ea91f3d1df4d09f", PHOTO="a573d0e606b14d8c04b83cd9", LYON="767b625d7e056fc89b2ef5be",
    BE_ORDER="dd4a316f0743b03ad2127a51", QC="c4b2184b2bd8822b0158647a", DK_ERASE="f8cbb6c04fada534f749b6ce",
    STA="c920957d71e9eb03c8de7319", HARBOUR="c192737195447fa68745a673", DKPOL="5b945932745883a222dbd8e6",
    EW2="a1c6b548dab89211123c8f20", VAUBAN="4483b696cf99a02382124059", PSNI="6b4bb0c311324636bbcdce52",
    TF="aa566a438021d53c54093f08", RCMP="aaadc0bc5c9980a02f37a543", KILB2="d879a26550a7a62d23b3c6d7",
    BEPOL="ff59a0ab5de92a719faaed6a",
)


def D(s):
    return dt.date.fromisoformat(s)


def add_days(base, n):
    return (D(base) + dt.timedelta(days=n)).isoformat()


def add_month(base):
    d = D(base)
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return dt.date(y, m, d.day).isoformat()


def workdays(base, n, country, subdiv=None):
    h = holidays.country_holidays(country, subdiv=subdiv, years=[2026, 2027])
    d = D(base)
    while n:
        d += dt.timedelta(days=1)
        if d.weekday() < 5 and d not in h:
            n -= 1
    return d.isoformat()


DOCS = []


def doc(id, lang, fmt, received, text, gold, email=None):
    DOCS.append(dict(id=id, format=fmt, language=lang, received=received, email=email,
                     text=text.strip("\n"), gold=gold))


def G(kind, name, org, mail, rep, their, our, urls, ids, quotes, deadline, basis, legal, case):
    return dict(kind=kind, sender_name=name, sender_organisation=org, sender_email=mail,
                represented_party=rep, their_reference=their, our_reference=our, cited_urls=urls,
                cited_review_ids=ids, quoted_statements=quotes, deadline=deadline, deadline_basis=basis,
                legal_bases=legal, case=case)


def E(from_name, from_addr, subject, message_id, date, in_reply_to=None, references=None,
      attachments=None, cc=None, html_only=False):
    e = {"from_name": from_name, "from_addr": from_addr, "to": "legal@trustpilot.com", "cc": cc or [],
         "subject": subject, "message_id": message_id, "in_reply_to": in_reply_to,
         "references": references or [], "date": date, "attachments": attachments or []}
    if html_only:
        e["html_only"] = True
    return e
