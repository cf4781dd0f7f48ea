# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_access_transparency`: the official path of these types."""

from __future__ import annotations

from .._models.access_transparency import AccessTransparency as BetaAccessTransparency

__all__ = [
    "BetaAccessTransparency",
]
