# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_currency_param`: the official path of these types."""

from __future__ import annotations

from .._params.currency_param import CurrencyParam as BetaCurrencyParam

__all__ = [
    "BetaCurrencyParam",
]
