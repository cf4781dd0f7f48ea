# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_direct_caller_param`: the official path of these types."""

from __future__ import annotations

from .._params.direct_caller_param import DirectCallerParam as BetaDirectCallerParam

__all__ = [
    "BetaDirectCallerParam",
]
