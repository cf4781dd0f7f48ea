# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AnalyticsServiceAccountActor(APIModel):
    """Usage made by a service account."""

    type: Literal["service_account_actor"]
    """Always `service_account_actor`."""
    service_account_id: str
    """ID of the service account."""
