# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_model_config_params import ManagedAgentsModelConfigParams
from .managed_agents_model_param import ManagedAgentsModelParam

ManagedAgentsModelParams: TypeAlias = ManagedAgentsModelParam | ManagedAgentsModelConfigParams
"""
A model params.
"""
