# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ToolReferenceUnresolvedErrorDetails(APIModel):
    """A tool reference names no tool of the request."""

    error_code: Literal["tool_reference_unresolved"]
    """Always `tool_reference_unresolved`."""
