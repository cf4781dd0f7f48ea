# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CitationCharLocation(APIModel):
    """A citation of a character range in a plain-text document."""

    cited_text: str
    """The passage being cited."""
    document_index: int
    """Position of the cited document among the documents in the request, from 0."""
    document_title: str | None = None
    """Title of the cited document, if it has one."""
    end_char_index: int
    """Character offset one past the end of the cited passage."""
    file_id: str | None = None
    """Id of the cited file, when the document came from the Files API."""
    start_char_index: int
    """Character offset of the start of the cited passage, from 0."""
    type: Literal["char_location"]
    """Always `char_location`."""
