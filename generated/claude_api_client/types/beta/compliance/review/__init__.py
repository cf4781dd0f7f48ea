# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.compliance.review`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...._models.compliance_review_actor import (
        ComplianceReviewActor as BetaComplianceReviewActor,
    )
    from ...._models.compliance_review_api_actor import (
        ComplianceReviewAPIActor as BetaComplianceReviewAPIActor,
    )
    from ...._models.compliance_review_case import ComplianceReviewCase as BetaComplianceReviewCase
    from ...._models.compliance_review_case_close_reason import (
        ComplianceReviewCaseCloseReason as BetaComplianceReviewCaseCloseReason,
    )
    from ...._models.compliance_review_case_closed import (
        ComplianceReviewCaseClosed as BetaComplianceReviewCaseClosed,
    )
    from ...._models.compliance_review_case_open import (
        ComplianceReviewCaseOpen as BetaComplianceReviewCaseOpen,
    )
    from ...._models.compliance_review_case_status import (
        ComplianceReviewCaseStatus as BetaComplianceReviewCaseStatus,
    )
    from ...._models.compliance_review_content_not_captured import (
        ComplianceReviewContentNotCaptured as BetaComplianceReviewContentNotCaptured,
    )
    from ...._models.compliance_review_content_unavailable_reason import (
        ComplianceReviewContentUnavailableReason as BetaComplianceReviewContentUnavailableReason,
    )
    from ...._models.compliance_review_create_message_content import (
        ComplianceReviewCreateMessageContent as BetaComplianceReviewCreateMessageContent,
    )
    from ...._models.compliance_review_enforcement_action import (
        ComplianceReviewEnforcementAction as BetaComplianceReviewEnforcementAction,
    )
    from ...._models.compliance_review_item import ComplianceReviewItem as BetaComplianceReviewItem
    from ...._models.compliance_review_message_details import (
        ComplianceReviewMessageDetails as BetaComplianceReviewMessageDetails,
    )
    from ...._models.compliance_review_notice import (
        ComplianceReviewNotice as BetaComplianceReviewNotice,
    )
    from ...._models.compliance_review_notice_kind import (
        ComplianceReviewNoticeKind as BetaComplianceReviewNoticeKind,
    )
    from ...._models.compliance_review_policy_category import (
        ComplianceReviewPolicyCategory as BetaComplianceReviewPolicyCategory,
    )
    from ...._models.compliance_review_safeguards_reason import (
        ComplianceReviewSafeguardsReason as BetaComplianceReviewSafeguardsReason,
    )
    from ...._models.compliance_review_service_account_actor import (
        ComplianceReviewServiceAccountActor as BetaComplianceReviewServiceAccountActor,
    )
    from ...._models.compliance_review_stored_copy_unavailable import (
        ComplianceReviewStoredCopyUnavailable as BetaComplianceReviewStoredCopyUnavailable,
    )
    from ...._models.compliance_review_transcript import (
        ComplianceReviewTranscript as BetaComplianceReviewTranscript,
    )
    from ...._models.compliance_review_user_actor import (
        ComplianceReviewUserActor as BetaComplianceReviewUserActor,
    )
    from ...._params.case_list_params import CaseListParams as CaseListParams
    from ...._params.compliance_review_case_order_by_param import (
        ComplianceReviewCaseOrderByParam as BetaComplianceReviewCaseOrderBy,
    )
    from ...._params.compliance_review_case_respond_params import (
        ComplianceReviewCaseRespondParams as CaseRespondParams,
    )
    from ...._params.compliance_review_case_status_filter_param import (
        ComplianceReviewCaseStatusFilterParam as BetaComplianceReviewCaseStatusFilter,
    )
    from ...._params.compliance_review_determination_param import (
        ComplianceReviewDeterminationParam as BetaComplianceReviewDetermination,
    )
    from ...._params.compliance_review_verdict_param import (
        ComplianceReviewVerdictParam as BetaComplianceReviewVerdictParam,
    )
    from ...._params.compliance_review_violated_policy_category_param import (
        ComplianceReviewViolatedPolicyCategoryParam as BetaComplianceReviewViolatedPolicyCategory,
    )
    from ...._params.notice_list_params import NoticeListParams as NoticeListParams

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BetaComplianceReviewAPIActor": (
        "_models.compliance_review_api_actor",
        "ComplianceReviewAPIActor",
    ),
    "BetaComplianceReviewActor": ("_models.compliance_review_actor", "ComplianceReviewActor"),
    "BetaComplianceReviewCase": ("_models.compliance_review_case", "ComplianceReviewCase"),
    "BetaComplianceReviewCaseCloseReason": (
        "_models.compliance_review_case_close_reason",
        "ComplianceReviewCaseCloseReason",
    ),
    "BetaComplianceReviewCaseClosed": (
        "_models.compliance_review_case_closed",
        "ComplianceReviewCaseClosed",
    ),
    "BetaComplianceReviewCaseOpen": (
        "_models.compliance_review_case_open",
        "ComplianceReviewCaseOpen",
    ),
    "BetaComplianceReviewCaseOrderBy": (
        "_params.compliance_review_case_order_by_param",
        "ComplianceReviewCaseOrderByParam",
    ),
    "BetaComplianceReviewCaseStatus": (
        "_models.compliance_review_case_status",
        "ComplianceReviewCaseStatus",
    ),
    "BetaComplianceReviewCaseStatusFilter": (
        "_params.compliance_review_case_status_filter_param",
        "ComplianceReviewCaseStatusFilterParam",
    ),
    "BetaComplianceReviewContentNotCaptured": (
        "_models.compliance_review_content_not_captured",
        "ComplianceReviewContentNotCaptured",
    ),
    "BetaComplianceReviewContentUnavailableReason": (
        "_models.compliance_review_content_unavailable_reason",
        "ComplianceReviewContentUnavailableReason",
    ),
    "BetaComplianceReviewCreateMessageContent": (
        "_models.compliance_review_create_message_content",
        "ComplianceReviewCreateMessageContent",
    ),
    "BetaComplianceReviewDetermination": (
        "_params.compliance_review_determination_param",
        "ComplianceReviewDeterminationParam",
    ),
    "BetaComplianceReviewEnforcementAction": (
        "_models.compliance_review_enforcement_action",
        "ComplianceReviewEnforcementAction",
    ),
    "BetaComplianceReviewItem": ("_models.compliance_review_item", "ComplianceReviewItem"),
    "BetaComplianceReviewMessageDetails": (
        "_models.compliance_review_message_details",
        "ComplianceReviewMessageDetails",
    ),
    "BetaComplianceReviewNotice": ("_models.compliance_review_notice", "ComplianceReviewNotice"),
    "BetaComplianceReviewNoticeKind": (
        "_models.compliance_review_notice_kind",
        "ComplianceReviewNoticeKind",
    ),
    "BetaComplianceReviewPolicyCategory": (
        "_models.compliance_review_policy_category",
        "ComplianceReviewPolicyCategory",
    ),
    "BetaComplianceReviewSafeguardsReason": (
        "_models.compliance_review_safeguards_reason",
        "ComplianceReviewSafeguardsReason",
    ),
    "BetaComplianceReviewServiceAccountActor": (
        "_models.compliance_review_service_account_actor",
        "ComplianceReviewServiceAccountActor",
    ),
    "BetaComplianceReviewStoredCopyUnavailable": (
        "_models.compliance_review_stored_copy_unavailable",
        "ComplianceReviewStoredCopyUnavailable",
    ),
    "BetaComplianceReviewTranscript": (
        "_models.compliance_review_transcript",
        "ComplianceReviewTranscript",
    ),
    "BetaComplianceReviewUserActor": (
        "_models.compliance_review_user_actor",
        "ComplianceReviewUserActor",
    ),
    "BetaComplianceReviewVerdictParam": (
        "_params.compliance_review_verdict_param",
        "ComplianceReviewVerdictParam",
    ),
    "BetaComplianceReviewViolatedPolicyCategory": (
        "_params.compliance_review_violated_policy_category_param",
        "ComplianceReviewViolatedPolicyCategoryParam",
    ),
    "CaseListParams": ("_params.case_list_params", "CaseListParams"),
    "CaseRespondParams": (
        "_params.compliance_review_case_respond_params",
        "ComplianceReviewCaseRespondParams",
    ),
    "NoticeListParams": ("_params.notice_list_params", "NoticeListParams"),
}

__all__ = [
    "BetaComplianceReviewAPIActor",
    "BetaComplianceReviewActor",
    "BetaComplianceReviewCase",
    "BetaComplianceReviewCaseCloseReason",
    "BetaComplianceReviewCaseClosed",
    "BetaComplianceReviewCaseOpen",
    "BetaComplianceReviewCaseOrderBy",
    "BetaComplianceReviewCaseStatus",
    "BetaComplianceReviewCaseStatusFilter",
    "BetaComplianceReviewContentNotCaptured",
    "BetaComplianceReviewContentUnavailableReason",
    "BetaComplianceReviewCreateMessageContent",
    "BetaComplianceReviewDetermination",
    "BetaComplianceReviewEnforcementAction",
    "BetaComplianceReviewItem",
    "BetaComplianceReviewMessageDetails",
    "BetaComplianceReviewNotice",
    "BetaComplianceReviewNoticeKind",
    "BetaComplianceReviewPolicyCategory",
    "BetaComplianceReviewSafeguardsReason",
    "BetaComplianceReviewServiceAccountActor",
    "BetaComplianceReviewStoredCopyUnavailable",
    "BetaComplianceReviewTranscript",
    "BetaComplianceReviewUserActor",
    "BetaComplianceReviewVerdictParam",
    "BetaComplianceReviewViolatedPolicyCategory",
    "CaseListParams",
    "CaseRespondParams",
    "NoticeListParams",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
