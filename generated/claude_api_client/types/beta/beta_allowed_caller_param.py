# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_allowed_caller_param`: the official path of these types."""

from __future__ import annotations

from .._params.allowed_caller_param import AllowedCallerParam as BetaAllowedCallerParam

__all__ = [
    "BetaAllowedCallerParam",
]
