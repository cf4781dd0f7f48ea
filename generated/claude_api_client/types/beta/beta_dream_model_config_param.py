# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_dream_model_config_param`: the official path of these types."""

from __future__ import annotations

from .._params.dream_model_config_params import DreamModelConfigParams as BetaDreamModelConfigParam

__all__ = [
    "BetaDreamModelConfigParam",
]
