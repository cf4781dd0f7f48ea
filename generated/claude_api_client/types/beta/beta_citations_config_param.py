# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_citations_config_param`: the official path of these types."""

from __future__ import annotations

from .._models.citations_config import CitationsConfig as BetaCitationsConfigParam

__all__ = [
    "BetaCitationsConfigParam",
]
