# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class BetaRateLimitListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.workspaces.rate_limits.list(...)`, as one dict (`client.beta.organization.workspaces.rate_limits.list(**params)`)."""

    group_type: Literal["batch", "files", "model_group", "skills", "token_count", "web_search"]
    include_inherited: bool
    limit: int
    page: str
    betas: Sequence[AnthropicBetaParam]
