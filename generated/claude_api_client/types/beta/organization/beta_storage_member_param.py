# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_storage_member_param`: the official path of these types."""

from __future__ import annotations

from ..._params.storage_member_param import StorageMemberParam as BetaStorageMemberParam

__all__ = [
    "BetaStorageMemberParam",
]
