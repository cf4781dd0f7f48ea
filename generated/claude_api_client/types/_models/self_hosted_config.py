# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SelfHostedConfig(APIModel):
    """Run sessions on your own workers, which take work from the environment's queue."""

    type: Literal["self_hosted"]
    """Always `self_hosted`."""
