# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_federated_actor_gcp_provider`: the official path of these types."""

from __future__ import annotations

from ..._models.analytics_federated_actor_gcp_provider import (
    AnalyticsFederatedActorGCPProvider as BetaAnalyticsFederatedActorGCPProvider,
)

__all__ = [
    "BetaAnalyticsFederatedActorGCPProvider",
]
