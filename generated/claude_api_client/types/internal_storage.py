# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.internal_storage`: the official path of these types."""

from __future__ import annotations

from ._models.internal_storage import InternalStorage as InternalStorage

__all__ = [
    "InternalStorage",
]
