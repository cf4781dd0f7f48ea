# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_input_json_delta`: the official path of these types."""

from __future__ import annotations

from .._models.input_json_delta import InputJSONDelta as BetaInputJSONDelta
from .._models.input_json_delta import InputJSONDelta as BetaInputJsonDelta

__all__ = [
    "BetaInputJSONDelta",
    "BetaInputJsonDelta",
]
