# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.model_capabilities`: the official path of these types."""

from __future__ import annotations

from ._models.model_capabilities import ModelCapabilities as ModelCapabilities

__all__ = [
    "ModelCapabilities",
]
