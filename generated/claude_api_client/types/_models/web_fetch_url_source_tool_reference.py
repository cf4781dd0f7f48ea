# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebFetchURLSourceToolReference(APIModel):
    """Names one tool declared in the same `tools` list (a request's, or a managed agent's)."""

    name: str
    """Name of the tool."""
    type: Literal["tool_reference"]
    """Always `tool_reference`."""
