# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_bundle_attachment_not_supported_error`: the official path of these types."""

from __future__ import annotations

from ...._error_classes import (
    BetaBundleAttachmentNotSupportedError as BetaBundleAttachmentNotSupportedError,
)

__all__ = [
    "BetaBundleAttachmentNotSupportedError",
]
