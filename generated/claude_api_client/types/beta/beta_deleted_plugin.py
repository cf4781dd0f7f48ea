# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_deleted_plugin`: the official path of these types."""

from __future__ import annotations

from .._models.deleted_plugin import DeletedPlugin as BetaDeletedPlugin

__all__ = [
    "BetaDeletedPlugin",
]
