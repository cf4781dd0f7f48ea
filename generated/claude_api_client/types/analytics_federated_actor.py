# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_federated_actor`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_federated_actor import AnalyticsFederatedActor as AnalyticsFederatedActor

__all__ = [
    "AnalyticsFederatedActor",
]
