# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AnalyticsFederatedActorOIDCProvider(APIModel):
    """The federated credential came from an OIDC issuer."""

    type: Literal["oidc"]
    """Always `oidc`."""
    issuer: str | None = None
    """The issuer of the federated credential."""
