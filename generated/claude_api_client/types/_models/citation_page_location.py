# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CitationPageLocation(APIModel):
    """A citation of a page range in a PDF."""

    cited_text: str
    """The passage being cited."""
    document_index: int
    """Position of the cited document among the documents in the request, from 0."""
    document_title: str | None = None
    """Title of the cited document, if it has one."""
    end_page_number: int
    """Page number one past the last cited page."""
    file_id: str | None = None
    """Id of the cited file, when the document came from the Files API."""
    start_page_number: int
    """Page number of the first cited page, from 1."""
    type: Literal["page_location"]
    """Always `page_location`."""
