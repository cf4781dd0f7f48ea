# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_list_order_param import ManagedAgentsListOrderParam
from .managed_agents_session_status_param import ManagedAgentsSessionStatusParam


class SessionListParams(TypedDict, total=False):
    """The parameters of `client.beta.sessions.list(...)`, as one dict (`client.beta.sessions.list(**params)`)."""

    limit: int
    page: str
    include_archived: bool
    created_at_gte: str | datetime
    created_at_gt: str | datetime
    created_at_lte: str | datetime
    created_at_lt: str | datetime
    agent_id: str
    agent_version: int
    order: ManagedAgentsListOrderParam
    memory_store_id: str
    deployment_id: str
    statuses: Sequence[ManagedAgentsSessionStatusParam]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
