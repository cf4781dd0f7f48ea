# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AnalyticsFederatedActorAWSProvider(APIModel):
    """The federated credential came from AWS."""

    type: Literal["aws"]
    """Always `aws`."""
    account_id: str
    """ID of the cloud account that owns the bucket."""
    signed_principal: str
    """The principal that signed the credential."""
