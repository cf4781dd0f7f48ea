# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.grant_required_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.grant_required_error_details import (
    GrantRequiredErrorDetails as GrantRequiredErrorDetails,
)

__all__ = [
    "GrantRequiredErrorDetails",
]
