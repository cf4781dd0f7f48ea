# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.input_json_delta`: the official path of these types."""

from __future__ import annotations

from ._models.input_json_delta import InputJSONDelta as InputJSONDelta
from ._models.input_json_delta import InputJSONDelta as InputJsonDelta

__all__ = [
    "InputJSONDelta",
    "InputJsonDelta",
]
