# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .citations_config import CitationsConfig
from .document_source import DocumentSource


class DocumentBlock(APIModel):
    """A document returned in a response, such as one fetched by a tool."""

    citations: CitationsConfig | None = None
    """Citation settings of the document."""
    source: DocumentSource
    """The document content."""
    title: str | None = None
    """Title of the document."""
    type: Literal["document"]
    """Always `document`."""
