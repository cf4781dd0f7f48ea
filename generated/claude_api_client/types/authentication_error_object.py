# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.authentication_error_object`: the official path of these types."""

from __future__ import annotations

from ._models.authentication_error import AuthenticationError as AuthenticationErrorObject

__all__ = [
    "AuthenticationErrorObject",
]
