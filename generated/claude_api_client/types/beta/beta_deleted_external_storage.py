# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_deleted_external_storage`: the official path of these types."""

from __future__ import annotations

from .._models.deleted_external_storage import DeletedExternalStorage as BetaDeletedExternalStorage

__all__ = [
    "BetaDeletedExternalStorage",
]
