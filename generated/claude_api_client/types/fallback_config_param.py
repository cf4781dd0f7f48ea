# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.fallback_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.fallback_config_param import FallbackConfigParam as FallbackConfigParam

__all__ = [
    "FallbackConfigParam",
]
