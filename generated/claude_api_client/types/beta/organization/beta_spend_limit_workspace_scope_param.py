# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_spend_limit_workspace_scope_param`: the official path of these types."""

from __future__ import annotations

from ..._params.spend_limit_workspace_scope_param import (
    SpendLimitWorkspaceScopeParam as BetaSpendLimitWorkspaceScopeParam,
)

__all__ = [
    "BetaSpendLimitWorkspaceScopeParam",
]
