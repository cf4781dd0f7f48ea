# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_scan_pending_error_details`: the official path of these types."""

from __future__ import annotations

from .._models.scan_pending_error_details import (
    ScanPendingErrorDetails as BetaScanPendingErrorDetails,
)

__all__ = [
    "BetaScanPendingErrorDetails",
]
