# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_trigger_type_param import ManagedAgentsTriggerTypeParam


class DeploymentRunListParams(TypedDict, total=False):
    """The parameters of `client.beta.deployment_runs.list(...)`, as one dict (`client.beta.deployment_runs.list(**params)`)."""

    limit: int
    page: str
    deployment_id: str
    trigger_type: ManagedAgentsTriggerTypeParam
    has_error: bool
    created_at_gte: str | datetime
    created_at_lte: str | datetime
    created_at_gt: str | datetime
    created_at_lt: str | datetime
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
