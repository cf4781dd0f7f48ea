# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_internal_storage_param`: the official path of these types."""

from __future__ import annotations

from .._params.internal_storage_param import InternalStorageParam as BetaInternalStorageParam

__all__ = [
    "BetaInternalStorageParam",
]
