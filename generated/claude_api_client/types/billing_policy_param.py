# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.billing_policy_param`: the official path of these types."""

from __future__ import annotations

from ._params.billing_policy_param import BillingPolicyParam as BillingPolicyParam

__all__ = [
    "BillingPolicyParam",
]
