# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.server_tool_usage`: the official path of these types."""

from __future__ import annotations

from ._models.server_tool_usage import ServerToolUsage as ServerToolUsage

__all__ = [
    "ServerToolUsage",
]
