# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ModelLifecycleParam: TypeAlias = Literal["active", "deprecated", "retired"]
"""
Where a model is in its life; `retired` models stay listed but no longer answer.
"""
