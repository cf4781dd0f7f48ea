# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_tool_caller_param`: the official path of these types."""

from __future__ import annotations

from .._params.tool_caller_param import ToolCallerParam as BetaToolCallerParam

__all__ = [
    "BetaToolCallerParam",
]
