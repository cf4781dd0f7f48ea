# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_model import ManagedAgentsModel
from .managed_agents_model_config_params import ManagedAgentsModelConfigParams

ManagedAgentsModelParams: TypeAlias = ManagedAgentsModel | ManagedAgentsModelConfigParams
"""
A model params.
"""
