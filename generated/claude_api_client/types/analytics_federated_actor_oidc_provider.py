# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_federated_actor_oidc_provider`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_federated_actor_oidc_provider import (
    AnalyticsFederatedActorOIDCProvider as AnalyticsFederatedActorOIDCProvider,
)

__all__ = [
    "AnalyticsFederatedActorOIDCProvider",
]
