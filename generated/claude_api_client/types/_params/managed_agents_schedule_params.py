# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_cron_schedule_params import ManagedAgentsCronScheduleParams

ManagedAgentsScheduleParams: TypeAlias = ManagedAgentsCronScheduleParams
"""
One of the schedule params shapes, told apart by `type`.
"""
