# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_agent_params import ManagedAgentsAgentParams

ManagedAgentsAgentUnionParams: TypeAlias = str | ManagedAgentsAgentParams
"""
A agent union params.
"""
