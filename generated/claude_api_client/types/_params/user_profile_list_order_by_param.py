# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

UserProfileListOrderByParam: TypeAlias = Literal["created_at", "name"]
"""
What a listing is sorted by: `created_at` or `name` (case-insensitive).
"""
