# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CitationPageLocation(APIModel):
    """A citation of a page range in a PDF."""

    cited_text: str
    document_index: int
    document_title: str | None = None
    end_page_number: int
    file_id: str | None = None
    start_page_number: int
    type: Literal["page_location"]
