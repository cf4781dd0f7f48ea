# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class GoogleManagedProjectCMEKRegionNotConfigured(APIModel):
    """No key is set for the region."""

    type: Literal["not_configured"]
    """Always `not_configured`."""
    effective_external_key_id: str | None = None
    """ID of the key the region encrypts with now; null when none."""
