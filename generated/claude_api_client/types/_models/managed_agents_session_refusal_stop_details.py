# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .refusal_category import RefusalCategory


class ManagedAgentsSessionRefusalStopDetails(APIModel):
    """What is known about a refusal that stopped the session."""

    type: Literal["refusal"]
    """Always `refusal`."""
    category: RefusalCategory | None = None
    """Policy category behind the refusal; null when it has none (more categories may appear)."""
    explanation: str | None = None
    """Readable explanation of the refusal, null when there is none; its wording is not stable."""
