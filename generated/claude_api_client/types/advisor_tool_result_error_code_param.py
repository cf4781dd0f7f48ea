# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.advisor_tool_result_error_code_param`: the official path of these types."""

from __future__ import annotations

from ._params.advisor_tool_result_error_code_param import (
    AdvisorToolResultErrorCodeParam as AdvisorToolResultErrorCodeParam,
)

__all__ = [
    "AdvisorToolResultErrorCodeParam",
]
