# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.billing_error`: the official path of these types."""

from __future__ import annotations

from .._models.billing_error import BillingError as BillingError

__all__ = [
    "BillingError",
]
