# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.error_details`: the official path of these types."""

from __future__ import annotations

from .._models.error_details import ErrorDetails as ErrorDetails

__all__ = [
    "ErrorDetails",
]
