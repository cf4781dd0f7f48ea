# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import (
    APIModel,
    WireDateTime,
)

from .google_managed_cmek_control import GoogleManagedCMEKControl
from .google_managed_storage_control import GoogleManagedStorageControl


class GoogleManagedDataControls(APIModel):
    """The per-region encryption key and storage bucket settings a user profile has for Claude on Google Cloud; one per profile, read and updated but never created or deleted."""

    type: Literal["google_managed_data_controls"]
    """Always `google_managed_data_controls`."""
    user_profile_id: str
    """The user profile these controls belong to (`uprof_...`)."""
    bucket_label_value: str
    """The label value a bucket must carry to be accepted for this profile; fixed for the profile's lifetime."""
    cmek: GoogleManagedCMEKControl
    """The customer-managed encryption key control, on or off."""
    storage: GoogleManagedStorageControl
    """The customer-owned storage bucket control, on or off."""
    updated_at: WireDateTime
    """Last time an update or a region status change altered these controls (RFC 3339)."""
