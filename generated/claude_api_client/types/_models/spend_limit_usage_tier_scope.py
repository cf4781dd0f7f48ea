# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SpendLimitUsageTierScope(APIModel):
    """The limit of the organization's usage tier."""

    type: Literal["usage_tier"]
    """Always `usage_tier`."""
