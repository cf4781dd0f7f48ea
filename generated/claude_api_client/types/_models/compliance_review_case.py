# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .compliance_review_case_status import ComplianceReviewCaseStatus
from .compliance_review_enforcement_action import ComplianceReviewEnforcementAction
from .compliance_review_policy_category import ComplianceReviewPolicyCategory
from .compliance_review_transcript import ComplianceReviewTranscript


class ComplianceReviewCase(APIModel):
    """Messages of an organization that Anthropic flagged and sent to it for review; it names the messages by ID, without their content."""

    type: Literal["compliance_review_case"]
    """Always `compliance_review_case`."""
    id: str
    """ID of the case (`rvc_...`)."""
    organization_id: str
    """UUID of the organization whose messages were flagged."""
    workspace_id: str | None = None
    """Workspace that sent the messages (`wrkspc_...`); null when none (possibly for the default workspace)."""
    status: ComplianceReviewCaseStatus
    """Whether a response is still awaited."""
    policy_categories: list[ComplianceReviewPolicyCategory]
    """Why the messages were flagged; at least one label."""
    enforcement_action: ComplianceReviewEnforcementAction | None = None
    """What Anthropic did before sending the case; null when nothing."""
    transcripts: list[ComplianceReviewTranscript]
    """The flagged messages, at least one, all in this list (not paged)."""
    created_at: WireDateTime
    """When Anthropic sent the case; the time to respond counts from here (RFC 3339)."""
    updated_at: WireDateTime
    """When the case was sent, closed, or last got a notice (RFC 3339)."""
