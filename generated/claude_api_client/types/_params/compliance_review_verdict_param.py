# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .compliance_review_determination_param import ComplianceReviewDeterminationParam
from .compliance_review_violated_policy_category_param import (
    ComplianceReviewViolatedPolicyCategoryParam,
)


class ComplianceReviewVerdictParam(TypedDict):
    """
    Your conclusion on one message of a review case.
    """

    item_id: str
    """
    The `item_id` of one of the case's transcripts.
    """
    determination: ComplianceReviewDeterminationParam
    """
    Your conclusion on this message.
    """
    policy_category: NotRequired[ComplianceReviewViolatedPolicyCategoryParam | None]
    """
    The category it violated; optional with `violation`, left out with `no_violation`.
    """
