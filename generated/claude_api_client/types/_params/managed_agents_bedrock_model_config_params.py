# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypedDict

from typing_extensions import NotRequired

from .managed_agents_effort_params import ManagedAgentsEffortParams


class ManagedAgentsBedrockModelConfigParams(TypedDict):
    """
    Bedrock: the model of an agent as an object.
    """

    id: str
    """
    An inference profile ID with its geography prefix (`us.`, `eu.`, `global.` …), which decides where the model runs; a bare model name, an ID without the prefix or a profile ARN is refused.
    """
    effort: NotRequired[ManagedAgentsEffortParams | None]
    """
    How much effort the model spends; null for the model's default.
    """
