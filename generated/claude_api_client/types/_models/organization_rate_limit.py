# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .organization_rate_limit_value import OrganizationRateLimitValue
from .rate_limit_group import RateLimitGroup


class OrganizationRateLimit(APIModel):
    """The rate limits of the organization for one group."""

    id: str
    """ID of this set of limits."""
    group: RateLimitGroup
    """What the limits apply to."""
    limits: list[OrganizationRateLimitValue]
    """The limits."""
    models: list[str] | None = None
    """The models of a model group; null for other groups."""
    type: Literal["rate_limit"]
    """Always `rate_limit`."""
