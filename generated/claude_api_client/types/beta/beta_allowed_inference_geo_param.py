# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_allowed_inference_geo_param`: the official path of these types."""

from __future__ import annotations

from .._params.allowed_inference_geo_param import (
    AllowedInferenceGeoParam as BetaAllowedInferenceGeoParam,
)

__all__ = [
    "BetaAllowedInferenceGeoParam",
]
