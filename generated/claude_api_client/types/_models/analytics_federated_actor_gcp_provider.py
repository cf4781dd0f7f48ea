# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class AnalyticsFederatedActorGCPProvider(APIModel):
    """The federated credential came from Google Cloud."""

    type: Literal["gcp"]
    """Always `gcp`."""
    project_number: str
    """Number of the Google Cloud project."""
