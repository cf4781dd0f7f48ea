# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsCronScheduleParams(TypedDict):
    """
    Request shape of cron schedule.
    """

    type: Literal["cron"]
    """
    Always `cron`.
    """
    expression: str
    """
    Cron expression (five fields).
    """
    timezone: str
    """
    IANA time zone the schedule is read in.
    """
