# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_retry_status import ManagedAgentsRetryStatus


class ManagedAgentsToolUseLimitReachedError(APIModel):
    """The turn stopped at a limit on tool use (rounds of tool calls, or tool calls cut off again and again), not on a failed request; the next user message starts a new turn."""

    type: Literal["tool_use_limit_reached_error"]
    """Always `tool_use_limit_reached_error`."""
    message: str
    """Human-readable message naming the limit."""
    retry_status: ManagedAgentsRetryStatus
    """What to do next."""
