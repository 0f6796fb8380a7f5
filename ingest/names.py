"""File names as a sender gives them are data, not paths: made safe to store and to print."""

from __future__ import annotations

import unicodedata

MAX_NAME = 200


def safe_filename(name: str | None) -> str | None:
    """The last component of `name` (no `../`, no folders of either kind of slash), without control,
    format or unassigned characters (NUL, escapes, a right-to-left override that turns
    'txt.exe' round), within MAX_NAME characters; None stays None, and a name with nothing left
    is 'attachment'."""
    if name is None:
        return None
    shown = "".join(" " if ch in "\t\r\n" else ch for ch in name if ch in "\t\r\n"
                    or not unicodedata.category(ch).startswith("C"))
    last = shown.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    last = " ".join(last.split()).lstrip(".").strip()
    if len(last) > MAX_NAME:
        stem, dot, ext = last.rpartition(".")
        last = (stem[: MAX_NAME - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 else last[:MAX_NAME]
    return last or "attachment"
