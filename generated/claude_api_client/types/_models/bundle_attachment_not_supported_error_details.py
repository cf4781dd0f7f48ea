# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class BundleAttachmentNotSupportedErrorDetails(APIModel):
    """This bundle cannot be attached where it was asked to be."""

    error_code: Literal["bundle_attachment_not_supported"]
    """Always `bundle_attachment_not_supported`."""
