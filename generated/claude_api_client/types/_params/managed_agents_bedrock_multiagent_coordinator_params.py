# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from .managed_agents_bedrock_multiagent_roster_entry_params import (
    ManagedAgentsBedrockMultiagentRosterEntryParams,
)


class ManagedAgentsBedrockMultiagentCoordinatorParams(TypedDict):
    """
    Bedrock: how an agent hands work to other agents; only `coordinator` is served there.
    """

    agents: Sequence[ManagedAgentsBedrockMultiagentRosterEntryParams]
    """
    The agents the coordinator may hand work to.
    """
    type: Literal["coordinator"]
    """
    Always `coordinator`.
    """
