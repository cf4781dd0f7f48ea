# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .web_fetch_url_source_tool_reference import WebFetchURLSourceToolReference


class WebFetchURLSourceExcept(APIModel):
    """Every tool result except these tools' results contributes URLs."""

    tools: list[WebFetchURLSourceToolReference]
    """The tools, each declared in the same `tools` list."""
    type: Literal["except"]
    """Always `except`."""
