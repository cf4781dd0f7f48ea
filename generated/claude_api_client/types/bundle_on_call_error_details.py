# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.bundle_on_call_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.bundle_on_call_error_details import (
    BundleOnCallErrorDetails as BundleOnCallErrorDetails,
)

__all__ = [
    "BundleOnCallErrorDetails",
]
