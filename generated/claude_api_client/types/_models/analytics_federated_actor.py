# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .analytics_federated_actor_provider import AnalyticsFederatedActorProvider


class AnalyticsFederatedActor(APIModel):
    """Analytics Federated Actor."""

    type: Literal["federated_actor"]
    """Object type tag."""
    provider: AnalyticsFederatedActorProvider
    """Provider."""
    subject: str | None = None
    """Subject."""
