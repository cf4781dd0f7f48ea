# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_model_lifecycle_param`: the official path of these types."""

from __future__ import annotations

from .._params.model_lifecycle_param import ModelLifecycleParam as BetaModelLifecycleParam

__all__ = [
    "BetaModelLifecycleParam",
]
