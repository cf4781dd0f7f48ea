# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_project_cmek_region_status import (
    GoogleManagedProjectCMEKRegionStatus,
)
from .google_managed_project_retired_key import GoogleManagedProjectRetiredKey


class GoogleManagedProjectCMEKEnabled(APIModel):
    """Google Managed Project CMEKEnabled."""

    type: Literal["enabled"]
    """Object type tag."""
    external_key_ids: dict[str, str]
    """IDs of the external keys to include."""
    retired_keys: list[GoogleManagedProjectRetiredKey]
    """Retired keys."""
    status: dict[str, GoogleManagedProjectCMEKRegionStatus]
    """Current status."""
