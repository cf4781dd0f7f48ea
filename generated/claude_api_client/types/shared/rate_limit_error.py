# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.rate_limit_error`: the official path of these types."""

from __future__ import annotations

from .._models.rate_limit_error import RateLimitError as RateLimitError

__all__ = [
    "RateLimitError",
]
