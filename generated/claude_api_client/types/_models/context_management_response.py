# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .applied_context_management_edit import AppliedContextManagementEdit


class ContextManagementResponse(APIModel):
    """Context-management edits the API applied."""

    applied_edits: list[AppliedContextManagementEdit]
    """Edits that were applied, in order."""
