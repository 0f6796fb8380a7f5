"""Dutch: only what Dutch mail clients write around forwarded and quoted messages, and Dutch
company forms. The desk reads no Dutch letters, but Dutch mail reaches it forwarded."""

from __future__ import annotations

from lexicon.schema import ReplyHeader

LEXICON: dict[str, object] = {
    "forwarded_markers": (r"Doorgestuurd\s+bericht",),
    "original_markers": (r"Oorspronkelijk\s+bericht",),
    "reply_headers": (ReplyHeader("Op", "schreef"),),
    "header_from": ("Van",),
    "header_sent": ("Verzonden",),
    "header_to": ("Aan",),
    "header_subject": ("Onderwerp",),
    "legal_forms": ("BV", r"B\.V\.", "NV", r"N\.V\."),
}
