# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class StorageNotApprovedErrorDetails(APIModel):
    """Keeping data in a customer-owned bucket is not (or no longer) approved for the organization, project or user profile the request applies to."""

    error_code: Literal["storage_not_approved"]
    """Always `storage_not_approved`."""
