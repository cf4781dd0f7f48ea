# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.external_storage_member_param`: the official path of these types."""

from __future__ import annotations

from ._params.external_storage_member_param import (
    ExternalStorageMemberParam as ExternalStorageMemberParam,
)

__all__ = [
    "ExternalStorageMemberParam",
]
