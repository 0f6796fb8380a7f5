"""Where within a country the sender is, for the public holidays that only part of it keeps
(Saxony's Day of Repentance, a US state's own holidays): data, read by `extract.parties.country`.

German postcodes' first two digits name a postal region, which mostly lies within one Land; where
a region straddles a border, the Land that holds most of it is given. The codes are those the
`holidays` package knows as subdivisions."""

from __future__ import annotations

DE_POSTCODE_LAND: dict[str, str] = {
    **dict.fromkeys(("01", "02", "04", "08", "09"), "SN"),
    "03": "BB", "06": "ST", "07": "TH",
    **dict.fromkeys(("10", "12", "13"), "BE"),
    **dict.fromkeys(("14", "15", "16"), "BB"),
    **dict.fromkeys(("17", "18", "19"), "MV"),
    **dict.fromkeys(("20", "22"), "HH"),
    **dict.fromkeys(("23", "24", "25"), "SH"),
    **dict.fromkeys(("21", "26", "27", "29", "30", "31", "37", "38", "49"), "NI"),
    "28": "HB", "39": "ST",
    **dict.fromkeys(("32", "33", "40", "41", "42", "44", "45", "46", "47", "48", "50", "51", "52", "53", "57",
                     "58", "59"), "NW"),
    **dict.fromkeys(("34", "35", "36", "60", "61", "63", "64", "65"), "HE"),
    **dict.fromkeys(("54", "55", "56", "67"), "RP"),
    "66": "SL",
    **dict.fromkeys(("68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "88", "89"), "BW"),
    **dict.fromkeys(("80", "81", "82", "83", "84", "85", "86", "87", "90", "91", "92", "93", "94", "95", "96",
                     "97"), "BY"),
    **dict.fromkeys(("98", "99"), "TH"),
}

US_STATES: tuple[str, ...] = (
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
    "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
    "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
)

# Canada: a postal code's first letter names its province ("T2P 1C9" is Alberta's).
CA_POSTAL_PROVINCE: dict[str, str] = {
    "A": "NL", "B": "NS", "C": "PE", "E": "NB", "G": "QC", "H": "QC", "J": "QC", "K": "ON", "L": "ON", "M": "ON",
    "N": "ON", "P": "ON", "R": "MB", "S": "SK", "T": "AB", "V": "BC", "X": "NT", "Y": "YT",
}

# Switzerland: a postcode's first two digits, the canton that holds most of that postal region.
CH_POSTCODE_CANTON: dict[str, str] = {
    **dict.fromkeys(("10", "11", "13", "14", "18"), "VD"), "12": "GE", "15": "VD",
    **dict.fromkeys(("16", "17"), "FR"), **dict.fromkeys(("19", "39"), "VS"),
    **dict.fromkeys(("20", "21", "22", "23"), "NE"), **dict.fromkeys(("24", "27", "28", "29"), "JU"),
    **dict.fromkeys(("25", "26", "30", "31", "32", "33", "34", "35", "36", "37", "38", "49"), "BE"),
    "40": "BS", **dict.fromkeys(("41", "42", "44"), "BL"), **dict.fromkeys(("45", "46", "47"), "SO"),
    **dict.fromkeys(("43", "48", "50", "51", "52", "53", "54", "55", "56", "57"), "AG"),
    **dict.fromkeys(("60", "61", "62"), "LU"), "63": "ZG", "64": "SZ",
    **dict.fromkeys(("65", "66", "67", "68", "69"), "TI"),
    **dict.fromkeys(("70", "71", "72", "73", "74", "75", "76", "77"), "GR"),
    **dict.fromkeys(("80", "81", "83", "84", "86", "88"), "ZH"), "82": "SH", **dict.fromkeys(("85", "95"), "TG"),
    **dict.fromkeys(("87", "89", "90", "92", "93", "94", "96", "97"), "SG"), "91": "AR",
}


def au_postcode_state(code: str) -> str:
    """The Australian state or territory of a four-digit postcode."""
    n = int(code)
    if 800 <= n <= 999:
        return "NT"
    if 2600 <= n <= 2618 or 2900 <= n <= 2920:
        return "ACT"
    for top, state in ((2999, "NSW"), (3999, "VIC"), (4999, "QLD"), (5999, "SA"), (6999, "WA"), (7999, "TAS")):
        if n <= top:
            return state if n >= 1000 else ""
    return ""


# Cities whose name alone tells the region of a country whose regions keep their own days off
# (an email signed "Brisbane" or "Christchurch" with no postcode).
CITY_REGION: dict[str, tuple[str, str]] = {
    "Sydney": ("AU", "NSW"), "Newcastle NSW": ("AU", "NSW"), "Melbourne": ("AU", "VIC"), "Geelong": ("AU", "VIC"),
    "Brisbane": ("AU", "QLD"), "Gold Coast": ("AU", "QLD"), "Cairns": ("AU", "QLD"), "Perth": ("AU", "WA"),
    "Adelaide": ("AU", "SA"), "Hobart": ("AU", "TAS"), "Darwin": ("AU", "NT"), "Canberra": ("AU", "ACT"),
    "Auckland": ("NZ", "AUK"), "Wellington": ("NZ", "WGN"), "Christchurch": ("NZ", "CAN"), "Dunedin": ("NZ", "OTA"),
    "Hamilton": ("NZ", "WKO"), "Tauranga": ("NZ", "BOP"), "Napier": ("NZ", "HKB"), "Hastings": ("NZ", "HKB"),
    "Nelson": ("NZ", "NSN"), "Invercargill": ("NZ", "STL"), "New Plymouth": ("NZ", "TKI"),
    "Palmerston North": ("NZ", "MWT"), "Whangārei": ("NZ", "NTL"), "Whangarei": ("NZ", "NTL"),
    "Gisborne": ("NZ", "GIS"), "Blenheim": ("NZ", "MBH"), "Greymouth": ("NZ", "WTC"),
    "Calgary": ("CA", "AB"), "Edmonton": ("CA", "AB"), "Vancouver": ("CA", "BC"), "Victoria BC": ("CA", "BC"),
    "Winnipeg": ("CA", "MB"), "Toronto": ("CA", "ON"), "Ottawa": ("CA", "ON"), "Montréal": ("CA", "QC"),
    "Montreal": ("CA", "QC"), "Québec": ("CA", "QC"), "Halifax": ("CA", "NS"), "Regina": ("CA", "SK"),
    "Saskatoon": ("CA", "SK"),
    "Luzern": ("CH", "LU"), "Lucerne": ("CH", "LU"), "Sion": ("CH", "VS"), "Genève": ("CH", "GE"),
    "Lausanne": ("CH", "VD"), "Zürich": ("CH", "ZH"), "Bern": ("CH", "BE"), "Basel": ("CH", "BS"),
    "St. Gallen": ("CH", "SG"), "Lugano": ("CH", "TI"), "Fribourg": ("CH", "FR"), "Neuchâtel": ("CH", "NE"),
}
