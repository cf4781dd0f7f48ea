# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .output_behavior_create_new_param import OutputBehaviorCreateNewParam
from .output_behavior_update_existing_param import OutputBehaviorUpdateExistingParam

OutputBehaviorParam: TypeAlias = OutputBehaviorCreateNewParam | OutputBehaviorUpdateExistingParam
"""
Where a dream writes its result, told apart by `type`.
"""
