# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.advisor_tool_result_block`: the official path of these types."""

from __future__ import annotations

from ._models.advisor_tool_result_block import AdvisorToolResultBlock as AdvisorToolResultBlock
from ._models.advisor_tool_result_content import AdvisorToolResultContent as Content

__all__ = [
    "AdvisorToolResultBlock",
    "Content",
]
