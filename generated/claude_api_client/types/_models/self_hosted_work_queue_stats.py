# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SelfHostedWorkQueueStats(APIModel):
    """How many items wait in a work queue and since when."""

    depth: int
    """Items waiting in the queue."""
    oldest_queued_at: str | None = None
    """When the oldest waiting item was queued (RFC 3339), or null."""
    pending: int
    """Items handed to a worker but not yet acknowledged."""
    type: Literal["work_queue_stats"]
    """Always `work_queue_stats`."""
    workers_polling: int | None = None
    """Workers polling recently, when known."""
