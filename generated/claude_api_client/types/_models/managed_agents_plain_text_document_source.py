# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_plain_text_document_source_media_type import (
    ManagedAgentsPlainTextDocumentSourceMediaType,
)


class ManagedAgentsPlainTextDocumentSource(APIModel):
    """Plain text document source."""

    type: Literal["text"]
    """Always `text`."""
    media_type: ManagedAgentsPlainTextDocumentSourceMediaType
    """MIME type."""
    data: str
    """The items of this page."""
