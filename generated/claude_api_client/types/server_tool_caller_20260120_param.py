# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.server_tool_caller_20260120_param`: the official path of these types."""

from __future__ import annotations

from ._params.server_tool_caller20260120_param import (
    ServerToolCaller20260120Param as ServerToolCaller20260120Param,
)

__all__ = [
    "ServerToolCaller20260120Param",
]
