# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_spend_limit_scoped_api_key_actor`: the official path of these types."""

from __future__ import annotations

from .._models.spend_limit_scoped_api_key_actor import (
    SpendLimitScopedAPIKeyActor as BetaSpendLimitScopedAPIKeyActor,
)

__all__ = [
    "BetaSpendLimitScopedAPIKeyActor",
]
