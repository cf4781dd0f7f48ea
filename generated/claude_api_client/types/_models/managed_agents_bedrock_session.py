# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_aws_role_execution_identity import (
    ManagedAgentsAWSRoleExecutionIdentity,
)
from .managed_agents_bedrock_session_agent import ManagedAgentsBedrockSessionAgent
from .managed_agents_bedrock_session_resource import ManagedAgentsBedrockSessionResource
from .managed_agents_budget import ManagedAgentsBudget
from .managed_agents_caller_identity import ManagedAgentsCallerIdentity
from .managed_agents_outcome_evaluation_resource import (
    ManagedAgentsOutcomeEvaluationResource,
)
from .managed_agents_session_stats import ManagedAgentsSessionStats
from .managed_agents_session_status import ManagedAgentsSessionStatus
from .managed_agents_session_usage import ManagedAgentsSessionUsage
from .timestamp import Timestamp


class ManagedAgentsBedrockSession(APIModel):
    """Bedrock: a session, as the control plane returns it (no vaults or deployments; its IAM role and working directory)."""

    type: Literal["session"]
    """Always `session`."""
    id: str
    """ID of the session."""
    status: ManagedAgentsSessionStatus
    """Current status."""
    created_at: Timestamp
    """When the session was created (RFC 3339)."""
    updated_at: Timestamp
    """When the session last changed (RFC 3339)."""
    environment_id: str
    """ID of the environment."""
    title: str | None = None
    """Title of the session; null when none."""
    metadata: dict[str, str]
    """Your own key-value labels on the session."""
    agent: ManagedAgentsBedrockSessionAgent
    """The agent the session runs: its ID, or an ID with a pinned version."""
    resources: list[ManagedAgentsBedrockSessionResource]
    """Resources attached."""
    outcome_evaluations: list[ManagedAgentsOutcomeEvaluationResource]
    """Evaluations of the session's outcomes."""
    usage: ManagedAgentsSessionUsage
    """Token usage."""
    stats: ManagedAgentsSessionStats
    """Counters."""
    archived_at: Timestamp | None = None
    """When the session was archived (RFC 3339); null while it is not."""
    budget: ManagedAgentsBudget | None = None
    """Spending limits of the session."""
    created_by: ManagedAgentsCallerIdentity | None = None
    """Who created the session (a person or an IAM role); null when no creator was recorded."""
    resource_arn: str | None = None
    """ARN of the session in AWS, or null."""
    working_directory: str | None = None
    """Absolute path in the sandbox where the built-in tools start."""
    execution_identity: ManagedAgentsAWSRoleExecutionIdentity | None = None
    """The IAM role the session runs as, or null."""
