# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.allowed_caller`: the official path of these types."""

from __future__ import annotations

from ._params.allowed_caller_param import AllowedCallerParam as AllowedCaller

__all__ = [
    "AllowedCaller",
]
