# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

BillToParam: TypeAlias = Literal["self", "user_profile"]
"""
Who pays for a request: your organisation (`self`) or the customer behind the user profile (`user_profile`).
"""
