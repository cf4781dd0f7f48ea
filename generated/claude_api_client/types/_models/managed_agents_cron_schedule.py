# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsCronSchedule(APIModel):
    """Start runs on a cron expression, in a time zone."""

    type: Literal["cron"]
    """Always `cron`."""
    expression: str
    """Cron expression (five fields)."""
    timezone: str
    """IANA time zone the schedule is read in."""
    last_run_at: Timestamp | None = None
    """When the last run started (RFC 3339), or null."""
    upcoming_runs_at: list[Timestamp] | None = None
    """When the next runs are due (RFC 3339)."""
