# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.server_tool_caller_param`: the official path of these types."""

from __future__ import annotations

from ._params.server_tool_caller_param import ServerToolCallerParam as ServerToolCallerParam

__all__ = [
    "ServerToolCallerParam",
]
