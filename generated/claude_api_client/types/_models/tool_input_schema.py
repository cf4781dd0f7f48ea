# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Any, Literal

from claude_api_client._core._model_base import APIModel


class ToolInputSchema(APIModel):
    """JSON Schema of a custom tool's input; extra JSON Schema keywords are allowed."""

    properties: dict[str, Any] | None = None
    """JSON Schema properties of the input object."""
    required: list[str] | None = None
    """Names of the required properties."""
    type: Literal["object"]
    """Always `object`."""
