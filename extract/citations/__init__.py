"""The citations wing: platform URLs, content ids and quoted statements. Entry: `find_citations`."""

from extract.citations.citations import Citations, find_citations

__all__ = ["Citations", "find_citations"]
