# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_overloaded_error`: the official path of these types."""

from __future__ import annotations

from ._models.overloaded_error import OverloadedError as BetaOverloadedError

__all__ = [
    "BetaOverloadedError",
]
