# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .analytics_federated_actor_provider import AnalyticsFederatedActorProvider


class AnalyticsFederatedActor(APIModel):
    """Usage made with a federated (workload identity) credential."""

    type: Literal["federated_actor"]
    """Always `federated_actor`."""
    provider: AnalyticsFederatedActorProvider
    """Where the federated credential came from."""
    subject: str | None = None
    """The subject of the federated credential."""
