# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ComplianceReviewSafeguardsReason(APIModel):
    """Anthropic flagged the item for its organization to review."""

    type: Literal["safeguards_review"]
    """Always `safeguards_review`."""
