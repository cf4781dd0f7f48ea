# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ApprovalRequiredErrorDetails(APIModel):
    """Turning human review off needs an approval from Anthropic that the organization lacks; ask Anthropic support for it."""

    error_code: Literal["approval_required"]
    """Always `approval_required`."""
    field: str
    """Name of the setting whose change lacks that approval."""
