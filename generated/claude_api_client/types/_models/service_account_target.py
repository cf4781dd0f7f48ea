# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ServiceAccountTarget(APIModel):
    """The service account a rule's tokens act as."""

    service_account_id: str
    """ID of the service account."""
    type: Literal["service_account"]
    """Always `service_account`."""
    service_account_name: str | None = None
    """Its name."""
