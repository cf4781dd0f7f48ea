# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_server_tool_caller`: the official path of these types."""

from __future__ import annotations

from .._models.server_tool_caller import ServerToolCaller as BetaServerToolCaller

__all__ = [
    "BetaServerToolCaller",
]
