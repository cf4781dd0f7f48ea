# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.allowed_inference_geo_param`: the official path of these types."""

from __future__ import annotations

from ._params.allowed_inference_geo_param import (
    AllowedInferenceGeoParam as AllowedInferenceGeoParam,
)

__all__ = [
    "AllowedInferenceGeoParam",
]
