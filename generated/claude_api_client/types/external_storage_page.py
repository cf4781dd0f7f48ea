# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.external_storage_page`: the official path of these types."""

from __future__ import annotations

from ._models.external_storage_page import ExternalStoragePage as ExternalStoragePage

__all__ = [
    "ExternalStoragePage",
]
