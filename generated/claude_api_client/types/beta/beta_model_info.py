# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_model_info`: the official path of these types."""

from __future__ import annotations

from .._models.model_info import ModelInfo as BetaModelInfo

__all__ = [
    "BetaModelInfo",
]
