# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.model_lifecycle`: the official path of these types."""

from __future__ import annotations

from ._models.model_lifecycle import ModelLifecycle as ModelLifecycle

__all__ = [
    "ModelLifecycle",
]
