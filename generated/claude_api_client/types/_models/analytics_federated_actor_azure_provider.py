# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AnalyticsFederatedActorAzureProvider(APIModel):
    """Analytics Federated Actor Azure Provider."""

    type: Literal["azure"]
    """Object type tag."""
    subscription_id: str
    """ID of the subscription."""
