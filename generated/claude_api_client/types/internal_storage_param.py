# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.internal_storage_param`: the official path of these types."""

from __future__ import annotations

from ._params.internal_storage_param import InternalStorageParam as InternalStorageParam

__all__ = [
    "InternalStorageParam",
]
