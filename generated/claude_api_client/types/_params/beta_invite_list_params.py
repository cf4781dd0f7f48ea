# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class BetaInviteListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.invites.list(...)`, as one dict (`client.beta.organization.invites.list(**params)`)."""

    before_id: str
    after_id: str
    limit: int
    email: str
    roles: Sequence[str]
    statuses: Sequence[Literal["accepted", "expired", "pending"]]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
