# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_text_citation_param`: the official path of these types."""

from __future__ import annotations

from .._params.text_citation_param import TextCitationParam as BetaTextCitationParam

__all__ = [
    "BetaTextCitationParam",
]
