# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .external_storage_provider_config import ExternalStorageProviderConfig
from .external_storage_status import ExternalStorageStatus


class ExternalStorage(APIModel):
    """A storage bucket in the organization's own cloud account that workspaces can keep data in."""

    type: Literal["external_storage"]
    """Always `external_storage`."""
    id: str
    """Unique identifier."""
    created_at: WireDateTime
    """When it was created (RFC 3339)."""
    display_name: str | None = None
    """Human-readable name."""
    provider_config: ExternalStorageProviderConfig
    """Where the storage lives and how the API reaches it."""
    setup_template_version: str | None = None
    """Version of the setup template the bucket was configured with, or null."""
    status: ExternalStorageStatus
    """Current status."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
    user_profile_id: str | None = None
    """ID of the user profile it is bound to, or null."""
