# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .document_block import DocumentBlock


class WebFetchBlock(APIModel):
    """A fetched web page or PDF."""

    content: DocumentBlock
    retrieved_at: str | None = None
    type: Literal["web_fetch_result"]
    url: str
