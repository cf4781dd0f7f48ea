# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .text_citation import TextCitation


class CitationsDelta(APIModel):
    """A citation to add to a text block."""

    citation: TextCitation
    """Citation to add to the text block."""
    type: Literal["citations_delta"]
    """Always `citations_delta`."""
