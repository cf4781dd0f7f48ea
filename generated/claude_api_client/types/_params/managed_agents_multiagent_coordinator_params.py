# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from .managed_agents_multiagent_roster_entry_params import (
    ManagedAgentsMultiagentRosterEntryParams,
)


class ManagedAgentsMultiagentCoordinatorParams(TypedDict):
    """
    Request shape of multiagent coordinator.
    """

    type: Literal["coordinator"]
    """
    Always `coordinator`.
    """
    agents: Sequence[ManagedAgentsMultiagentRosterEntryParams]
    """
    The agents involved.
    """
