# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel


class ManagedAgentsBranchCheckout(APIModel):
    """Branch checkout."""

    type: Literal["branch"]
    name: Annotated[str, Field(max_length=255, min_length=1)]
