# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_not_found_error`: the official path of these types."""

from __future__ import annotations

from ._models.not_found_error import NotFoundError as BetaNotFoundError

__all__ = [
    "BetaNotFoundError",
]
