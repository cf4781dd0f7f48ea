# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_error`: the official path of these types."""

from __future__ import annotations

from ._models.error_object import ErrorObject as BetaError

__all__ = [
    "BetaError",
]
