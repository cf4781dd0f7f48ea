# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_list_order_param import ManagedAgentsListOrderParam
from .managed_agents_session_event_type_param import ManagedAgentsSessionEventTypeParam


class SessionsEventListParams(TypedDict, total=False):
    """The parameters of `client.beta.sessions.events.list(...)`, as one dict (`client.beta.sessions.events.list(**params)`)."""

    limit: int
    page: str
    order: ManagedAgentsListOrderParam
    types: Sequence[ManagedAgentsSessionEventTypeParam]
    created_at_gte: str | datetime
    created_at_gt: str | datetime
    created_at_lte: str | datetime
    created_at_lt: str | datetime
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
