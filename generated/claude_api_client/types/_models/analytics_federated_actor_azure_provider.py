# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AnalyticsFederatedActorAzureProvider(APIModel):
    """The federated credential came from Azure."""

    type: Literal["azure"]
    """Always `azure`."""
    subscription_id: str
    """ID of the Azure subscription."""
