# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class ComplianceReviewEnforcementAction(APIModel):
    """An action Anthropic took on the flagged traffic."""

    type: str
    """The kind of action (more values may come)."""
