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
