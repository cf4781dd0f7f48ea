# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.api_error_object`: the official path of these types."""

from __future__ import annotations

from .._models.api_error_object import APIErrorObject as APIErrorObject

__all__ = [
    "APIErrorObject",
]
