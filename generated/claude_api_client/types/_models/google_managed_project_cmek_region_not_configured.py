# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class GoogleManagedProjectCMEKRegionNotConfigured(APIModel):
    """Google Managed Project CMEKRegion Not Configured."""

    type: Literal["not_configured"]
    """Object type tag."""
    effective_external_key_id: str | None = None
    """ID of the effective external key."""
