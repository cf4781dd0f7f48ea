# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class AgentListParams(TypedDict, total=False):
    """The parameters of `client.beta.agents.list(...)`, as one dict (`client.beta.agents.list(**params)`)."""

    limit: int
    page: str
    created_at_gte: str | datetime
    created_at_lte: str | datetime
    include_archived: bool
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
