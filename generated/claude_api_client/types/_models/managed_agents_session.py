# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_budget import ManagedAgentsBudget
from .managed_agents_outcome_evaluation_resource import (
    ManagedAgentsOutcomeEvaluationResource,
)
from .managed_agents_session_agent import ManagedAgentsSessionAgent
from .managed_agents_session_resource import ManagedAgentsSessionResource
from .managed_agents_session_stats import ManagedAgentsSessionStats
from .managed_agents_session_status import ManagedAgentsSessionStatus
from .managed_agents_session_usage import ManagedAgentsSessionUsage
from .timestamp import Timestamp


class ManagedAgentsSession(APIModel):
    """A conversation with an agent in an environment: its status, resources, usage and budget."""

    type: Literal["session"]
    id: str
    status: ManagedAgentsSessionStatus
    created_at: Timestamp
    updated_at: Timestamp
    environment_id: str
    title: str | None
    metadata: dict[str, str]
    agent: ManagedAgentsSessionAgent
    resources: list[ManagedAgentsSessionResource]
    vault_ids: list[str]
    outcome_evaluations: list[ManagedAgentsOutcomeEvaluationResource]
    usage: ManagedAgentsSessionUsage
    stats: ManagedAgentsSessionStats
    archived_at: Timestamp | None
    deployment_id: str | None = None
    budget: ManagedAgentsBudget | None
