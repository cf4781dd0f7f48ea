# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ComplianceReviewStoredCopyUnavailable(APIModel):
    """A copy was stored but cannot be returned."""

    type: Literal["stored_copy_unavailable"]
    """Always `stored_copy_unavailable`."""
