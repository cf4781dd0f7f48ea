# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .model_param import ModelParam
from .output_config_param import OutputConfigParam
from .speed_param import SpeedParam
from .thinking_config_param import ThinkingConfigParam


class FallbackConfigParam(TypedDict):
    """
    A model to retry on when the requested model declines, with optional overrides.
    """

    max_tokens: NotRequired[int | None]
    """
    Override of `max_tokens` for this model.
    """
    model: ModelParam
    """
    Model to retry on.
    """
    output_config: NotRequired[OutputConfigParam | None]
    """
    Override of `output_config` for this model.
    """
    speed: NotRequired[SpeedParam | None]
    """
    Override of `speed` for this model.
    """
    thinking: NotRequired[ThinkingConfigParam | None]
    """
    Override of `thinking` for this model.
    """
