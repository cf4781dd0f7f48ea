# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.invalid_request_error`: the official path of these types."""

from __future__ import annotations

from .._models.invalid_request_error import InvalidRequestError as InvalidRequestError

__all__ = [
    "InvalidRequestError",
]
