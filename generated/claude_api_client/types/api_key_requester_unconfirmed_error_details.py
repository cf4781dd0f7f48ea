# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.api_key_requester_unconfirmed_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.api_key_requester_unconfirmed_error_details import (
    APIKeyRequesterUnconfirmedErrorDetails as APIKeyRequesterUnconfirmedErrorDetails,
)

__all__ = [
    "APIKeyRequesterUnconfirmedErrorDetails",
]
