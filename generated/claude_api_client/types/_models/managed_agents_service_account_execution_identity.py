# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsServiceAccountExecutionIdentity(APIModel):
    """Runs act as the organisation's service account (the default)."""

    type: Literal["service_account"]
    """Always `service_account`."""
