# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .document_block import DocumentBlock


class WebFetchBlock(APIModel):
    """A fetched web page or PDF."""

    content: DocumentBlock
    """The fetched document."""
    retrieved_at: str | None = None
    """When the content was fetched (ISO 8601)."""
    type: Literal["web_fetch_result"]
    """Always `web_fetch_result`."""
    url: str
    """Address that was fetched."""
