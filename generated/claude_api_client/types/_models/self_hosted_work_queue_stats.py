# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SelfHostedWorkQueueStats(APIModel):
    """How many items wait in a work queue and since when."""

    depth: int
    oldest_queued_at: str | None
    pending: int
    type: Literal["work_queue_stats"]
    workers_polling: int | None
