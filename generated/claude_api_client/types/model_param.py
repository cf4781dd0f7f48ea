# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.model_param`: the official path of these types."""

from __future__ import annotations

from ._params.model_param import ModelParam as ModelParam

__all__ = [
    "ModelParam",
]
