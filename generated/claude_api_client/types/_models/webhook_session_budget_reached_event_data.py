# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebhookSessionBudgetReachedEventData(APIModel):
    """Data of a webhook event about a session budget (reached)."""

    type: Literal["session.budget_reached"]
    """The event type."""
    id: str
    """ID of the resource the event is about."""
    organization_id: str
    """ID of the organization the resource belongs to."""
    workspace_id: str
    """ID of the workspace the resource belongs to."""
