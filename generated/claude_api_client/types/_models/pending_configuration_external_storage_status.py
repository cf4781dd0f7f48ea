# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class PendingConfigurationExternalStorageStatus(APIModel):
    """Registered but not verified yet: activate it once the bucket is set up."""

    type: Literal["pending_configuration"]
    """Always `pending_configuration`."""
