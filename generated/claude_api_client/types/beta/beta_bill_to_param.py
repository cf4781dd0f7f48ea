# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_bill_to_param`: the official path of these types."""

from __future__ import annotations

from .._params.bill_to_param import BillToParam as BetaBillToParam

__all__ = [
    "BetaBillToParam",
]
