# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_storage_not_approved_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import BetaStorageNotApprovedError as BetaStorageNotApprovedError

__all__ = [
    "BetaStorageNotApprovedError",
]
