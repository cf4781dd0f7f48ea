# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class InputJSONDelta(APIModel):
    """A fragment of a tool call's input JSON."""

    partial_json: str
    type: Literal["input_json_delta"]
