# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_model_param`: the official path of these types."""

from __future__ import annotations

from .._params.model_param import ModelParam as BetaModelParam

__all__ = [
    "BetaModelParam",
]
