# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class SpendLimitListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.spend_limits.list(...)`, as one dict (`client.beta.organization.spend_limits.list(**params)`)."""

    limit: int
    page: str
    scope_type: Sequence[
        Literal[
            "organization",
            "organization_service",
            "rbac_group",
            "seat_tier",
            "usage_tier",
            "user",
            "workspace",
        ]
    ]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
