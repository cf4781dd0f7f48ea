# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_scan_failed_error_details`: the official path of these types."""

from __future__ import annotations

from ..._models.scan_failed_error_details import (
    ScanFailedErrorDetails as BetaScanFailedErrorDetails,
)

__all__ = [
    "BetaScanFailedErrorDetails",
]
