# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .compliance_review_case_order_by_param import ComplianceReviewCaseOrderByParam
from .compliance_review_case_status_filter_param import ComplianceReviewCaseStatusFilterParam
from .compliance_review_order_param import ComplianceReviewOrderParam


class CaseListParams(TypedDict, total=False):
    """The parameters of `client.beta.compliance.review.cases.list(...)`, as one dict (`client.beta.compliance.review.cases.list(**params)`)."""

    created_at_gt: str | datetime
    created_at_gte: str | datetime
    created_at_lt: str | datetime
    created_at_lte: str | datetime
    updated_at_gt: str | datetime
    updated_at_gte: str | datetime
    updated_at_lt: str | datetime
    updated_at_lte: str | datetime
    status: ComplianceReviewCaseStatusFilterParam
    user_profile_id: str
    order_by: ComplianceReviewCaseOrderByParam
    limit: int
    order: ComplianceReviewOrderParam
    page: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
