# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.browser_file_upload_config`: the official path of these types."""

from __future__ import annotations

from ._models.browser_file_upload_config import BrowserFileUploadConfig as BrowserFileUploadConfig

__all__ = [
    "BrowserFileUploadConfig",
]
