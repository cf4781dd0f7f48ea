# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.dream_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.dream_create_params import DreamCreateParams as DreamCreateParams
from .._params.dream_model_params import DreamModelParams as Model

__all__ = [
    "DreamCreateParams",
    "Model",
]
