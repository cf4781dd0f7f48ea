# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_retired_bucket import GoogleManagedRetiredBucket


class GoogleManagedStorageDisabled(APIModel):
    """The storage control is off: no region writes to a customer bucket."""

    type: Literal["disabled"]
    """Always `disabled`."""
    retired_buckets: list[GoogleManagedRetiredBucket]
    """Buckets taken out of use that must stay as they were until their `expires_at`."""
