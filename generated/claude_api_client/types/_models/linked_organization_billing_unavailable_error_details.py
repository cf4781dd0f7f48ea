# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class LinkedOrganizationBillingUnavailableErrorDetails(APIModel):
    """The linked organisation that pays for this request cannot be billed."""

    error_code: Literal["linked_organization_billing_unavailable"]
    """Always `linked_organization_billing_unavailable`."""
