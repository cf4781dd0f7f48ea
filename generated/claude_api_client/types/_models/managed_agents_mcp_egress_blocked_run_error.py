# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsMcpEgressBlockedRunError(APIModel):
    """Mcp egress blocked run error."""

    type: Literal["mcp_egress_blocked_error"]
    """Always `mcp_egress_blocked_error`."""
    message: str
    """Human-readable message."""
