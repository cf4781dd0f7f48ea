# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AnalyticsFederatedActorAWSProvider(APIModel):
    """Analytics Federated Actor AWSProvider."""

    type: Literal["aws"]
    """Object type tag."""
    account_id: str
    """ID of the account."""
    signed_principal: str
    """Signed principal."""
