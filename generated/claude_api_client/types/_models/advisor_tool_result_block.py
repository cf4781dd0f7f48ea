# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .advisor_tool_result_content import AdvisorToolResultContent


class AdvisorToolResultBlock(APIModel):
    """Result of an advisor call."""

    content: AdvisorToolResultContent
    """The advice, or an error."""
    tool_use_id: str
    """Id of the tool use block this result answers."""
    type: Literal["advisor_tool_result"]
    """Always `advisor_tool_result`."""
