# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.key_profile_mismatch_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.key_profile_mismatch_error_details import (
    KeyProfileMismatchErrorDetails as KeyProfileMismatchErrorDetails,
)

__all__ = [
    "KeyProfileMismatchErrorDetails",
]
