# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.applied_context_management_edit`: the official path of these types."""

from __future__ import annotations

from ._models.applied_context_management_edit import (
    AppliedContextManagementEdit as AppliedContextManagementEdit,
)

__all__ = [
    "AppliedContextManagementEdit",
]
