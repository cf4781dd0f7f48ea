# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.cmek_key_unreachable_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.cmek_key_unreachable_error_details import (
    CMEKKeyUnreachableErrorDetails as CMEKKeyUnreachableErrorDetails,
)

__all__ = [
    "CMEKKeyUnreachableErrorDetails",
]
