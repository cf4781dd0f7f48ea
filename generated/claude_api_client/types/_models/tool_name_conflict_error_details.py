# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ToolNameConflictErrorDetails(APIModel):
    """Two tools of the request have the same name."""

    error_code: Literal["tool_name_conflict"]
    """Always `tool_name_conflict`."""
