# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.context_management_capability`: the official path of these types."""

from __future__ import annotations

from ._models.context_management_capability import (
    ContextManagementCapability as ContextManagementCapability,
)

__all__ = [
    "ContextManagementCapability",
]
