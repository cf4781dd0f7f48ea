# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class GoogleManagedCMEKRegionNotConfigured(APIModel):
    """The region has no key set."""

    type: Literal["not_configured"]
    """Always `not_configured`."""
    effective_external_key_id: str | None = None
    """The key the region applies now (the previous one while a new key is pending or failed); null when it applies none."""
