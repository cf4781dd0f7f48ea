# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .spend_limit_increase_request_status_param import SpendLimitIncreaseRequestStatusParam


class BetaIncreaseRequestListParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.spend_limits.increase_requests.list(...)`, as one dict (`client.beta.organization.spend_limits.increase_requests.list(**params)`)."""

    actor_ids: Sequence[str]
    limit: int
    page: str
    status: Sequence[SpendLimitIncreaseRequestStatusParam]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
