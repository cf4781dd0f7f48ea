# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Literal

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class PluginListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.plugins.list(...)`, as one dict (`client.beta.organization.plugins.list(**params)`)."""

    created_at_gt: str | datetime
    created_at_gte: str | datetime
    created_at_lt: str | datetime
    created_at_lte: str | datetime
    limit: int
    marketplace_id: str
    organization_id: str
    owner_type: Literal["organization", "user"]
    owner_user_id: str
    page: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
