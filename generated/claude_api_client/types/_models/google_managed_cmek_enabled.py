# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_cmek_region_status import GoogleManagedCMEKRegionStatus
from .google_managed_retired_key import GoogleManagedRetiredKey


class GoogleManagedCMEKEnabled(APIModel):
    """The key control is on: each region with a key encrypts with it once validated."""

    type: Literal["enabled"]
    """Always `enabled`."""
    external_key_ids: dict[str, str]
    """The External Key set for each region (`ekey_...`), keyed by region code (`us`, `eu`, `sg`, `global`; more may come); regions without a key are absent."""
    retired_keys: list[GoogleManagedRetiredKey]
    """Keys taken out of use that must stay reachable until their `expires_at`."""
    status: dict[str, GoogleManagedCMEKRegionStatus]
    """Where each region stands with its key, keyed by region code (`us`, `eu`, `sg`, `global`; more may come); a region not offered to the organization may be absent."""
