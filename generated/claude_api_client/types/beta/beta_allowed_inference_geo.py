# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_allowed_inference_geo`: the official path of these types."""

from __future__ import annotations

from .._models.allowed_inference_geo import AllowedInferenceGeo as BetaAllowedInferenceGeo

__all__ = [
    "BetaAllowedInferenceGeo",
]
