# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_context_management_response`: the official path of these types."""

from __future__ import annotations

from .._models.applied_context_management_edit import AppliedContextManagementEdit as AppliedEdit
from .._models.context_management_response import (
    ContextManagementResponse as BetaContextManagementResponse,
)

__all__ = [
    "AppliedEdit",
    "BetaContextManagementResponse",
]
