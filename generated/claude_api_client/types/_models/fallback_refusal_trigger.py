# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .refusal_category import RefusalCategory


class FallbackRefusalTrigger(APIModel):
    """The handover happened because the model refused for policy reasons."""

    category: RefusalCategory | None = None
    """Policy category of the refusal at this hop; null when none applies."""
    type: Literal["refusal"]
    """Always `refusal`."""
