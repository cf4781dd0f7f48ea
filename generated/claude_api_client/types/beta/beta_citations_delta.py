# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_citations_delta`: the official path of these types."""

from __future__ import annotations

from .._models.citations_delta import CitationsDelta as BetaCitationsDelta
from .._models.text_citation import TextCitation as Citation

__all__ = [
    "BetaCitationsDelta",
    "Citation",
]
