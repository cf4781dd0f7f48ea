# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class OrganizationOnHoldErrorDetails(APIModel):
    """The organisation is on hold."""

    error_code: Literal["organization_on_hold"]
    """Always `organization_on_hold`."""
    appeal_url: str | None = None
    """Where to appeal the hold, when there is such a place."""
