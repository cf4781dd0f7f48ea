# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .spend_limit_period_param import SpendLimitPeriodParam
from .spend_limit_set_scope_param import SpendLimitSetScopeParam


class SpendLimitSetParams(TypedDict):
    """
    A spend limit to create or replace (one per scope and period).
    """

    amount: str | None
    """
    The cap in the billing currency's minor unit as an integer string (`"50000"` is 500.00 USD); null for an explicit no-limit.
    """
    scope: SpendLimitSetScopeParam
    """
    What the limit applies to.
    """
    period: NotRequired[SpendLimitPeriodParam]
    """
    The period it resets over.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
