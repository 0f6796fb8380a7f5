"""Cases: store documents, link them to their matter, track deadlines: `cases.file_document`."""

from cases.filing import Part, add_message_id, file_document

__all__ = ["Part", "add_message_id", "file_document"]
