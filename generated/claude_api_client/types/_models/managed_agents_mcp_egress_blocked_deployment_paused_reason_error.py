# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError(APIModel):
    """Mcp egress blocked deployment paused reason error."""

    type: Literal["mcp_egress_blocked_error"]
    """Always `mcp_egress_blocked_error`."""
