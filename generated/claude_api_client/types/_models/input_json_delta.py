# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class InputJSONDelta(APIModel):
    """A fragment of a tool call's input JSON."""

    partial_json: str
    """A fragment of the tool input's JSON; concatenate the fragments."""
    type: Literal["input_json_delta"]
    """Always `input_json_delta`."""
