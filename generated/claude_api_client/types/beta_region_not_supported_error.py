# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_region_not_supported_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import BetaRegionNotSupportedError as BetaRegionNotSupportedError

__all__ = [
    "BetaRegionNotSupportedError",
]
