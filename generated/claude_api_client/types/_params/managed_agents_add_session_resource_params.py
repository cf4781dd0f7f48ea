# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_file_resource_params import ManagedAgentsFileResourceParams

ManagedAgentsAddSessionResourceParams: TypeAlias = ManagedAgentsFileResourceParams
"""
One of the add session resource params shapes, told apart by `type`.
"""
