# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .output_behavior_create_new import OutputBehaviorCreateNew
from .output_behavior_update_existing import OutputBehaviorUpdateExisting

OutputBehavior: TypeAlias = OutputBehaviorCreateNew | OutputBehaviorUpdateExisting
"""
Where a dream writes its result, told apart by `type`.
"""
