# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_advisor_tool_20260301_param`: the official path of these types."""

from __future__ import annotations

from .._params.advisor_tool20260301_param import (
    AdvisorTool20260301Param as BetaAdvisorTool20260301Param,
)

__all__ = [
    "BetaAdvisorTool20260301Param",
]
