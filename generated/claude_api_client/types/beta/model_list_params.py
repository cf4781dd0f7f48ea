# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.model_list_params`: the official path of these types."""

from __future__ import annotations

from .._params.beta_model_list_params import BetaModelListParams as ModelListParams

__all__ = [
    "ModelListParams",
]
