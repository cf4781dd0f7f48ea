# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.not_found_error_object`: the official path of these types."""

from __future__ import annotations

from ._models.not_found_error import NotFoundError as NotFoundErrorObject

__all__ = [
    "NotFoundErrorObject",
]
