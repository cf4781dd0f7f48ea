# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.direct_caller_param`: the official path of these types."""

from __future__ import annotations

from ._params.direct_caller_param import DirectCallerParam as DirectCallerParam

__all__ = [
    "DirectCallerParam",
]
