# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.cmek_context_unavailable_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.cmek_context_unavailable_error_details import (
    CMEKContextUnavailableErrorDetails as CMEKContextUnavailableErrorDetails,
)

__all__ = [
    "CMEKContextUnavailableErrorDetails",
]
