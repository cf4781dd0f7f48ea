# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CitationContentBlockLocation(APIModel):
    """A citation of a block range in a custom-content document."""

    cited_text: str
    """The cited blocks' text, joined."""
    document_index: int
    """Position of the cited document among the documents in the request, from 0."""
    document_title: str | None = None
    """Title of the cited document, if it has one."""
    end_block_index: int
    """Index one past the last cited block in the source's `content`."""
    file_id: str | None = None
    """Id of the cited file, when the document came from the Files API."""
    start_block_index: int
    """Index of the first cited block in the source's `content`, from 0."""
    type: Literal["content_block_location"]
    """Always `content_block_location`."""
