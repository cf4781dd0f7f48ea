# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class EnvironmentArchivedErrorDetails(APIModel):
    """The environment is archived and can no longer be updated."""

    error_code: Literal["environment_archived"]
    """Always `environment_archived`."""
