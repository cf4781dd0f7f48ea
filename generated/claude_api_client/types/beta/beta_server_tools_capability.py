# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_server_tools_capability`: the official path of these types."""

from __future__ import annotations

from .._models.server_tools_capability import ServerToolsCapability as BetaServerToolsCapability

__all__ = [
    "BetaServerToolsCapability",
]
