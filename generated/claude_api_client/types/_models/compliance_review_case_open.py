# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ComplianceReviewCaseOpen(APIModel):
    """Anthropic awaits a response to the case."""

    type: Literal["open"]
    """Always `open`."""
