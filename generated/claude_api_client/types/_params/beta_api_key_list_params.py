# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class BetaApiKeyListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.api_keys.list(...)`, as one dict (`client.beta.organization.api_keys.list(**params)`)."""

    before_id: str
    after_id: str
    limit: int
    created_by_user_id: str
    status: Literal["active", "archived", "expired", "inactive"]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
