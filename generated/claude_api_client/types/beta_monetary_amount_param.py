# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_monetary_amount_param`: the official path of these types."""

from __future__ import annotations

from ._params.monetary_amount_param import MonetaryAmountParam as BetaMonetaryAmountParam

__all__ = [
    "BetaMonetaryAmountParam",
]
