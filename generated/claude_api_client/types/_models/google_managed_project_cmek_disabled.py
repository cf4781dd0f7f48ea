# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_project_retired_key import GoogleManagedProjectRetiredKey


class GoogleManagedProjectCMEKDisabled(APIModel):
    """The project's data is encrypted with Google-managed keys."""

    type: Literal["disabled"]
    """Always `disabled`."""
    retired_keys: list[GoogleManagedProjectRetiredKey]
    """Keys the project encrypted with before."""
