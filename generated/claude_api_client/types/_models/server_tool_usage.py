# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from claude_api_client._core._model_base import APIModel


class ServerToolUsage(APIModel):
    """Number of server tool requests made."""

    web_fetch_requests: Annotated[int | None, Field(ge=0)] = None
    """Number of web fetch requests."""
    web_search_requests: Annotated[int | None, Field(ge=0)] = None
    """Number of web search requests."""
