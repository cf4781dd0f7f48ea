# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_advisor_tool_result_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.advisor_tool_result_block_param import (
    AdvisorToolResultBlockParam as BetaAdvisorToolResultBlockParam,
)
from .._params.advisor_tool_result_content_param import AdvisorToolResultContentParam as Content

__all__ = [
    "BetaAdvisorToolResultBlockParam",
    "Content",
]
