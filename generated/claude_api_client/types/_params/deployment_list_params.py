# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_deployment_status_param import ManagedAgentsDeploymentStatusParam


class DeploymentListParams(TypedDict, total=False):
    """The parameters of `client.beta.deployments.list(...)`, as one dict (`client.beta.deployments.list(**params)`)."""

    limit: int
    page: str
    agent_id: str
    status: ManagedAgentsDeploymentStatusParam
    created_at_gte: str | datetime
    created_at_lte: str | datetime
    include_archived: bool
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
