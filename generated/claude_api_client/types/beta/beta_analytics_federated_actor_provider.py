# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_analytics_federated_actor_provider`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_federated_actor_provider import (
    AnalyticsFederatedActorProvider as BetaAnalyticsFederatedActorProvider,
)

__all__ = [
    "BetaAnalyticsFederatedActorProvider",
]
