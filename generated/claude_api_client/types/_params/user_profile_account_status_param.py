# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

UserProfileAccountStatusParam: TypeAlias = Literal["active", "suspended", "blocked"]
"""
Standing of an account with the platform: `active`, `suspended` (restricted) or `blocked` (barred).
"""
