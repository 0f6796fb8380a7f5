"""The layout wing: the letter as the other wings read it (text, language, sentences, lines) and
the readers of its layout (letterhead, signature block, form fields, quoted segments, names).
Entry: `read_letter`."""

from extract.layout.letter import Letter
from extract.layout.reader import read_letter

__all__ = ["Letter", "read_letter"]
