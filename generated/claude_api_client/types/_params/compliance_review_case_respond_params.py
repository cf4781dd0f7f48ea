# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .compliance_review_determination_param import ComplianceReviewDeterminationParam
from .compliance_review_verdict_param import ComplianceReviewVerdictParam
from .compliance_review_violated_policy_category_param import (
    ComplianceReviewViolatedPolicyCategoryParam,
)


class ComplianceReviewCaseRespondParams(TypedDict):
    """
    Your conclusion on a review case; the first response closes it, and sending the same one again changes nothing.
    """

    determination: ComplianceReviewDeterminationParam
    """
    Your conclusion on the case as a whole (not checked against `verdicts`).
    """
    policy_categories: NotRequired[Sequence[ComplianceReviewViolatedPolicyCategoryParam]]
    """
    Categories you found violated: one to four with `violation`, none with `no_violation`, each at most once.
    """
    verdicts: NotRequired[Sequence[ComplianceReviewVerdictParam]]
    """
    Conclusions on single messages of the case; need not cover all, each `item_id` at most once.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
