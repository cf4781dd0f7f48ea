# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class CitationPageLocationParam(TypedDict):
    """
    A citation of a page range in a PDF, as sent back.
    """

    cited_text: str
    """
    The passage being cited.
    """
    document_index: int
    """
    Position of the cited document among the documents in the request, from 0.
    """
    document_title: str | None
    """
    Title of the cited document, if it has one.
    """
    end_page_number: int
    """
    Page number one past the last cited page.
    """
    start_page_number: int
    """
    Page number of the first cited page, from 1.
    """
    type: Literal["page_location"]
    """
    Always `page_location`.
    """
