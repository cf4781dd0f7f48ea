# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel


class ManagedAgentsCommitCheckout(APIModel):
    """Commit checkout."""

    type: Literal["commit"]
    sha: Annotated[str, Field(max_length=64, min_length=7)]
