# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.server_tool_caller`: the official path of these types."""

from __future__ import annotations

from ._models.server_tool_caller import ServerToolCaller as ServerToolCaller

__all__ = [
    "ServerToolCaller",
]
