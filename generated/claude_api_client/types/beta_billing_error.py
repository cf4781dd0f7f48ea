# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_billing_error`: the official path of these types."""

from __future__ import annotations

from ._models.billing_error import BillingError as BetaBillingError

__all__ = [
    "BetaBillingError",
]
