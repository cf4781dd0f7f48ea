# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.dream_model_config_params`: the official path of these types."""

from __future__ import annotations

from ._params.dream_model_config_params import DreamModelConfigParams as DreamModelConfigParams

__all__ = [
    "DreamModelConfigParams",
]
