# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsUserToolConfirmationResultParam: TypeAlias = Literal["allow", "deny"]
"""
Values of user tool confirmation result.
"""
