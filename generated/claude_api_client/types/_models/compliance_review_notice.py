# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .compliance_review_notice_kind import ComplianceReviewNoticeKind


class ComplianceReviewNotice(APIModel):
    """A message from Anthropic to an organization about some of its review cases or about the whole organization; it does not change any case."""

    type: Literal["compliance_review_notice"]
    """Always `compliance_review_notice`."""
    id: str
    """ID of the notice (`rvn_...`)."""
    organization_id: str
    """UUID of the organization the notice is for."""
    case_ids: list[str]
    """The cases the notice is about (`rvc_...`); empty when it is about the whole organization."""
    kind: ComplianceReviewNoticeKind
    """What kind of notice it is."""
    message: str
    """The notice's text."""
    respond_by: WireDateTime | None = None
    """When Anthropic asks for an answer by (RFC 3339); null without a deadline. Missing it changes no case."""
    created_at: WireDateTime
    """When Anthropic sent the notice (RFC 3339)."""
