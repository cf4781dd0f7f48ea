# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.allowed_inference_geo`: the official path of these types."""

from __future__ import annotations

from .._models.allowed_inference_geo import AllowedInferenceGeo as AllowedInferenceGeo

__all__ = [
    "AllowedInferenceGeo",
]
