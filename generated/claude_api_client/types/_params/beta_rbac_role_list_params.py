# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class BetaRbacRoleListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.rbac_roles.list(...)`, as one dict (`client.beta.organization.rbac_roles.list(**params)`)."""

    limit: int
    page: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
