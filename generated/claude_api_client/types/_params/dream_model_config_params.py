# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .speed_param import SpeedParam


class DreamModelConfigParams(TypedDict):
    """
    The model a dream runs on, with options.
    """

    id: str
    """
    The model ID, such as `claude-opus-5`.
    """
    speed: NotRequired[SpeedParam | None]
    """
    Inference speed mode; `standard` when omitted.
    """
