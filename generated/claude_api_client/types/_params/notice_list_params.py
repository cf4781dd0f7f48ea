# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .compliance_review_order_param import ComplianceReviewOrderParam


class NoticeListParams(TypedDict, total=False):
    """The parameters of `client.beta.compliance.review.notices.list(...)`, as one dict (`client.beta.compliance.review.notices.list(**params)`)."""

    case_id: str
    created_at_gt: str | datetime
    created_at_gte: str | datetime
    created_at_lt: str | datetime
    created_at_lte: str | datetime
    limit: int
    order: ComplianceReviewOrderParam
    page: str
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
