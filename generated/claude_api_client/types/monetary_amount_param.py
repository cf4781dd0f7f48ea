# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.monetary_amount_param`: the official path of these types."""

from __future__ import annotations

from ._params.monetary_amount_param import MonetaryAmountParam as MonetaryAmountParam

__all__ = [
    "MonetaryAmountParam",
]
