# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class BetaMemberListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.workspaces.members.list(...)`, as one dict (`client.beta.organization.workspaces.members.list(**params)`)."""

    before_id: str
    after_id: str
    limit: int
    betas: Sequence[AnthropicBetaParam]
