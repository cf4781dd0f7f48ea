# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.compliance_review_determination`: the official path of these types."""

from __future__ import annotations

from ._params.compliance_review_determination_param import (
    ComplianceReviewDeterminationParam as ComplianceReviewDetermination,
)

__all__ = [
    "ComplianceReviewDetermination",
]
