# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_scan_failed_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import BetaScanFailedError as BetaScanFailedError

__all__ = [
    "BetaScanFailedError",
]
