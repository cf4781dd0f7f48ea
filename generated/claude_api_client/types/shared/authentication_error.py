# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.authentication_error`: the official path of these types."""

from __future__ import annotations

from .._models.authentication_error import AuthenticationError as AuthenticationError

__all__ = [
    "AuthenticationError",
]
