# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_storage_member`: the official path of these types."""

from __future__ import annotations

from ..._models.storage_member import StorageMember as BetaStorageMember

__all__ = [
    "BetaStorageMember",
]
