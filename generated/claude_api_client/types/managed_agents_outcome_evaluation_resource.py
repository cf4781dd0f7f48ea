# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_outcome_evaluation_resource`: the official path of these types."""

from __future__ import annotations

from ._models.managed_agents_outcome_evaluation_resource import (
    ManagedAgentsOutcomeEvaluationResource as ManagedAgentsOutcomeEvaluationResource,
)

__all__ = [
    "ManagedAgentsOutcomeEvaluationResource",
]
