# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class BetaRuleListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.federation.rules.list(...)`, as one dict (`client.beta.organization.federation.rules.list(**params)`)."""

    include_archived: bool
    issuer_id: str
    limit: int
    page: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
