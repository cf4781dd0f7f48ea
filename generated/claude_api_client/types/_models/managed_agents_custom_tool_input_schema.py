# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsCustomToolInputSchema(APIModel):
    """Custom tool input schema."""

    properties: dict[str, Any] | None = None
    """JSON Schema properties of the input."""
    required: list[str] | None = None
    """Names of the required input properties."""
    type: Literal["object"]
    """Always `object`."""
