# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_retry_status import ManagedAgentsRetryStatus


class ManagedAgentsCompactionLimitReachedError(APIModel):
    """The turn stopped because the context was compacted the most times in a row allowed without a message or tool call; the next user message starts a new turn."""

    type: Literal["compaction_limit_reached_error"]
    """Always `compaction_limit_reached_error`."""
    message: str
    """Human-readable message naming the limit."""
    retry_status: ManagedAgentsRetryStatus
    """What to do next."""
