# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_project_cmek_region_status import (
    GoogleManagedProjectCMEKRegionStatus,
)
from .google_managed_project_retired_key import GoogleManagedProjectRetiredKey


class GoogleManagedProjectCMEKEnabled(APIModel):
    """The project's data is encrypted with the organization's own keys, per region."""

    type: Literal["enabled"]
    """Always `enabled`."""
    external_key_ids: dict[str, str]
    """The key configuration to use in each region."""
    retired_keys: list[GoogleManagedProjectRetiredKey]
    """Keys the project encrypted with before."""
    status: dict[str, GoogleManagedProjectCMEKRegionStatus]
    """Current status."""
