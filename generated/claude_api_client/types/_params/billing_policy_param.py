# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired

from .bill_to_param import BillToParam


class BillingPolicyParam(TypedDict):
    """
    Which organisation is billed for the request.
    """

    bill_to: NotRequired[BillToParam]
    """
    `self` (the default) bills your organisation; `user_profile` bills the customer behind the `anthropic-user-profile-id` profile, or the request is refused.
    """
    type: Literal["billing_policy"]
    """
    Always `billing_policy`.
    """
