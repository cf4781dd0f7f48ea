# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.bundle_attachment_not_supported_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.bundle_attachment_not_supported_error_details import (
    BundleAttachmentNotSupportedErrorDetails as BundleAttachmentNotSupportedErrorDetails,
)

__all__ = [
    "BundleAttachmentNotSupportedErrorDetails",
]
