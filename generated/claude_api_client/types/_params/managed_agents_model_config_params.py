# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .managed_agents_effort_params import ManagedAgentsEffortParams
from .managed_agents_model_param import ManagedAgentsModelParam
from .managed_agents_speed_param import ManagedAgentsSpeedParam


class ManagedAgentsModelConfigParams(TypedDict):
    """
    Request shape of model config.
    """

    id: ManagedAgentsModelParam
    """
    The model's ID, such as `claude-sonnet-4-5`.
    """
    speed: NotRequired[ManagedAgentsSpeedParam | None]
    """
    Generation speed mode.
    """
    effort: NotRequired[ManagedAgentsEffortParams | None]
    """
    How much effort the model spends.
    """
    inference_geo: NotRequired[str | None]
    """
    Where inference runs.
    """
