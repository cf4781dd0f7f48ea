# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_retired_key import GoogleManagedRetiredKey


class GoogleManagedCMEKDisabled(APIModel):
    """The key control is off: no region encrypts with a customer key."""

    type: Literal["disabled"]
    """Always `disabled`."""
    retired_keys: list[GoogleManagedRetiredKey]
    """Keys taken out of use that must stay reachable until their `expires_at`."""
