# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_input_transformation_reason`: the official path of these types."""

from __future__ import annotations

from .._models.input_transformation_reason import (
    InputTransformationReason as BetaInputTransformationReason,
)

__all__ = [
    "BetaInputTransformationReason",
]
