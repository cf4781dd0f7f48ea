# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_document_source import ManagedAgentsDocumentSource


class ManagedAgentsDocumentBlock(APIModel):
    """Document block."""

    type: Literal["document"]
    """Always `document`."""
    source: ManagedAgentsDocumentSource
    """Where the content comes from."""
    title: str | None = None
    """Title of the document block; null when none."""
    context: str | None = None
    """Extra context for the evaluator."""
