# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .google_managed_project_cmek_control import GoogleManagedProjectCMEKControl
from .google_managed_project_storage_control import GoogleManagedProjectStorageControl


class GoogleManagedProjectDataControls(APIModel):
    """Google Managed Project Data Controls."""

    type: Literal["google_managed_project_data_controls"]
    """Object type tag."""
    cmek: GoogleManagedProjectCMEKControl
    """Cmek."""
    project_number: str
    """Project number."""
    storage: GoogleManagedProjectStorageControl
    """Storage."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
