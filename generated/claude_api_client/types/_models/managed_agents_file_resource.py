# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .timestamp import Timestamp


class ManagedAgentsFileResource(APIModel):
    """File resource."""

    type: Literal["file"]
    """Always `file`."""
    id: str
    """ID of the file resource."""
    file_id: str
    """ID of an uploaded file."""
    mount_path: str
    """Path where it is mounted in the sandbox."""
    created_at: Timestamp
    """When the file resource was created (RFC 3339)."""
    updated_at: Timestamp
    """When the file resource last changed (RFC 3339)."""
