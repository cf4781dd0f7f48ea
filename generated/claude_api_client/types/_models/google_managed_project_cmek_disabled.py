# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_project_retired_key import GoogleManagedProjectRetiredKey


class GoogleManagedProjectCMEKDisabled(APIModel):
    """Google Managed Project CMEKDisabled."""

    type: Literal["disabled"]
    """Object type tag."""
    retired_keys: list[GoogleManagedProjectRetiredKey]
    """Retired keys."""
