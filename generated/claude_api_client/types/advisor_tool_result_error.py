# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.advisor_tool_result_error`: the official path of these types."""

from __future__ import annotations

from ._models.advisor_tool_result_error import AdvisorToolResultError as AdvisorToolResultError

__all__ = [
    "AdvisorToolResultError",
]
