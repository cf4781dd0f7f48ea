# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CitationContentBlockLocation(APIModel):
    """A citation of a block range in a custom-content document."""

    cited_text: str
    document_index: int
    document_title: str | None = None
    end_block_index: int
    file_id: str | None = None
    start_block_index: int
    type: Literal["content_block_location"]
