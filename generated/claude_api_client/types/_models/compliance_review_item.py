# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .compliance_review_actor import ComplianceReviewActor
from .compliance_review_message_details import ComplianceReviewMessageDetails
from .compliance_review_safeguards_reason import ComplianceReviewSafeguardsReason


class ComplianceReviewItem(APIModel):
    """One stored item, such as a message, that its organization may read for a review."""

    type: Literal["compliance_review_item"]
    """Always `compliance_review_item`."""
    id: str
    """ID of the item; for a message, its own ID (`msg_...`)."""
    organization_id: str
    """UUID of the organization the item belongs to (for a message, the one that sent it)."""
    workspace_id: str | None = None
    """Workspace of the item (`wrkspc_...`); null when none."""
    user_profile_id: str | None = None
    """User profile the item was attributed to (`uprof_...`); null when none was recorded."""
    actor: ComplianceReviewActor | None = None
    """For a message, who sent it; null when unrecorded."""
    details: ComplianceReviewMessageDetails
    """What this kind of item holds."""
    read_reason: ComplianceReviewSafeguardsReason
    """Why the item may be read."""
    created_at: WireDateTime
    """For a message, when Anthropic received the call (RFC 3339)."""
    content_expires_at: WireDateTime
    """Read the item, and keep any copy you need, before this time; it may become unreadable sooner (RFC 3339)."""
