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
    """Encryption and storage settings of a Google Cloud project the organization serves Claude through."""

    type: Literal["google_managed_project_data_controls"]
    """Always `google_managed_project_data_controls`."""
    cmek: GoogleManagedProjectCMEKControl
    """Customer-managed encryption keys of the project."""
    project_number: str
    """Number of the Google Cloud project."""
    storage: GoogleManagedProjectStorageControl
    """Where the project keeps its data."""
    updated_at: WireDateTime
    """When it last changed (RFC 3339)."""
