# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class BetaServiceAccountListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.workspaces.service_accounts.list(...)`, as one dict (`client.beta.organization.workspaces.service_accounts.list(**params)`)."""

    limit: int
    page: str
    betas: Sequence[AnthropicBetaParam]
