# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.storage_not_ready_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import StorageNotReadyError as StorageNotReadyError

__all__ = [
    "StorageNotReadyError",
]
