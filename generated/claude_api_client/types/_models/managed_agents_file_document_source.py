# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel


class ManagedAgentsFileDocumentSource(APIModel):
    """File document source."""

    type: Literal["file"]
    file_id: Annotated[str, Field(min_length=1)]
