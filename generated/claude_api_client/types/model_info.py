# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.model_info`: the official path of these types."""

from __future__ import annotations

from ._models.model_info import ModelInfo as ModelInfo

__all__ = [
    "ModelInfo",
]
