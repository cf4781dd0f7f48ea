# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_advisor_tool_20260301`: the official path of these types."""

from __future__ import annotations

from .._models.advisor_tool20260301 import AdvisorTool20260301 as BetaAdvisorTool20260301

__all__ = [
    "BetaAdvisorTool20260301",
]
