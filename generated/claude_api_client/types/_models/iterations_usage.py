# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypeAliasType

from .usage_iteration import UsageIteration

IterationsUsage = TypeAliasType("IterationsUsage", list[UsageIteration])
"""Token usage of each sampling iteration of a request, in order."""
