# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.spend_limit_set_params`: the official path of these types."""

from __future__ import annotations

from ..._params.spend_limit_set_params import SpendLimitSetParams as SpendLimitSetParams
from ..._params.spend_limit_set_scope_param import SpendLimitSetScopeParam as Scope

__all__ = [
    "Scope",
    "SpendLimitSetParams",
]
