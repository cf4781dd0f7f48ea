# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_base64_image_source_param`: the official path of these types."""

from __future__ import annotations

from .._params.base64_image_source_param import Base64ImageSourceParam as BetaBase64ImageSourceParam

__all__ = [
    "BetaBase64ImageSourceParam",
]
