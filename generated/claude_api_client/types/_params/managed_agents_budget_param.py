# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_budget_limit_param import ManagedAgentsBudgetLimitParam

ManagedAgentsBudgetParam: TypeAlias = ManagedAgentsBudgetLimitParam
"""
One of the budget shapes, told apart by `type`.
"""
