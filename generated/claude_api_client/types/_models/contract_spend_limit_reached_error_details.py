# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ContractSpendLimitReachedErrorDetails(APIModel):
    """The contract's spend limit is reached."""

    error_code: Literal["contract_spend_limit_reached"]
    """Always `contract_spend_limit_reached`."""
