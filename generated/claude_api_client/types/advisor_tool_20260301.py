# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.advisor_tool_20260301`: the official path of these types."""

from __future__ import annotations

from ._models.advisor_tool20260301 import AdvisorTool20260301 as AdvisorTool20260301

__all__ = [
    "AdvisorTool20260301",
]
