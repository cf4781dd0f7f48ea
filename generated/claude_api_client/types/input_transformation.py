# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.input_transformation`: the official path of these types."""

from __future__ import annotations

from ._models.input_transformation import InputTransformation as InputTransformation

__all__ = [
    "InputTransformation",
]
