# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.api_key_requester_unconfirmed_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import APIKeyRequesterUnconfirmedError as APIKeyRequesterUnconfirmedError

__all__ = [
    "APIKeyRequesterUnconfirmedError",
]
