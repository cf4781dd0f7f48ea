# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_unsupported_region_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import BetaUnsupportedRegionError as BetaUnsupportedRegionError

__all__ = [
    "BetaUnsupportedRegionError",
]
