# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_target_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.target_create_params import TargetCreateParams as BetaTargetCreateParams

__all__ = [
    "BetaTargetCreateParams",
]
