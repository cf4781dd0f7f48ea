# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.not_found_error`: the official path of these types."""

from __future__ import annotations

from .._models.not_found_error import NotFoundError as NotFoundError

__all__ = [
    "NotFoundError",
]
