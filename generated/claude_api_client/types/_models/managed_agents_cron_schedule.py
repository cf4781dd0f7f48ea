# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsCronSchedule(APIModel):
    """Start runs on a cron expression, in a time zone."""

    type: Literal["cron"]
    expression: Annotated[str, Field(max_length=256, min_length=1)]
    timezone: Annotated[str, Field(min_length=1)]
    last_run_at: Timestamp | None = None
    upcoming_runs_at: list[Timestamp] | None = None
