# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_model_capabilities`: the official path of these types."""

from __future__ import annotations

from .._models.model_capabilities import ModelCapabilities as BetaModelCapabilities

__all__ = [
    "BetaModelCapabilities",
]
