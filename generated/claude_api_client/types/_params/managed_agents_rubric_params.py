# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_file_rubric_params import ManagedAgentsFileRubricParams
from .managed_agents_text_rubric_params import ManagedAgentsTextRubricParams

ManagedAgentsRubricParams: TypeAlias = ManagedAgentsFileRubricParams | ManagedAgentsTextRubricParams
"""
One of the rubric params shapes, told apart by `type`.
"""
