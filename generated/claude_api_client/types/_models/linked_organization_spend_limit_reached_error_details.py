# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class LinkedOrganizationSpendLimitReachedErrorDetails(APIModel):
    """The linked organisation that pays for this request reached its spend limit."""

    error_code: Literal["linked_organization_spend_limit_reached"]
    """Always `linked_organization_spend_limit_reached`."""
