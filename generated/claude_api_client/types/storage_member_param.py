# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.storage_member_param`: the official path of these types."""

from __future__ import annotations

from ._params.storage_member_param import StorageMemberParam as StorageMemberParam

__all__ = [
    "StorageMemberParam",
]
