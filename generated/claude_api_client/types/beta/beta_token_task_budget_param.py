# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_token_task_budget_param`: the official path of these types."""

from __future__ import annotations

from .._params.token_task_budget_param import TokenTaskBudgetParam as BetaTokenTaskBudgetParam

__all__ = [
    "BetaTokenTaskBudgetParam",
]
