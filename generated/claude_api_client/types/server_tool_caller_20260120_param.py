# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.server_tool_caller_20260120_param`: the official path of these types."""

from __future__ import annotations

from ._params.server_tool_caller20260120 import (
    ServerToolCaller20260120 as ServerToolCaller20260120Param,
)

__all__ = [
    "ServerToolCaller20260120Param",
]
