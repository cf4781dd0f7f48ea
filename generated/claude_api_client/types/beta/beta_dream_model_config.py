# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_dream_model_config`: the official path of these types."""

from __future__ import annotations

from .._models.dream_model_config import DreamModelConfig as BetaDreamModelConfig

__all__ = [
    "BetaDreamModelConfig",
]
