# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CitationCharLocation(APIModel):
    """A citation of a character range in a plain-text document."""

    cited_text: str
    document_index: int
    document_title: str | None = None
    end_char_index: int
    file_id: str | None = None
    start_char_index: int
    type: Literal["char_location"]
