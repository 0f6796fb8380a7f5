"""Cases: store documents, link them to their matter, track deadlines: `cases.file_document`."""

from cases.filing import Part, file_document

__all__ = ["Part", "file_document"]
