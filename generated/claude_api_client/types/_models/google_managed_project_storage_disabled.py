# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .google_managed_project_retired_bucket import GoogleManagedProjectRetiredBucket


class GoogleManagedProjectStorageDisabled(APIModel):
    """The project keeps data in Anthropic's storage."""

    type: Literal["disabled"]
    """Always `disabled`."""
    retired_buckets: list[GoogleManagedProjectRetiredBucket]
    """Buckets the project wrote to before."""
