# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_error_event`: the official path of these types."""

from __future__ import annotations

from .._models.error_event import ErrorEvent as BetaErrorEvent

__all__ = [
    "BetaErrorEvent",
]
