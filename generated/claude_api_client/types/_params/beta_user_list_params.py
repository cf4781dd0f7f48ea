# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class BetaUserListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.users.list(...)`, as one dict (`client.beta.organization.users.list(**params)`)."""

    before_id: str
    after_id: str
    limit: int
    email: str
    roles: Sequence[str]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
