# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.model_line`: the official path of these types."""

from __future__ import annotations

from ._models.model_line import ModelLine as ModelLine

__all__ = [
    "ModelLine",
]
