# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

Remaining: TypeAlias = None
"""
Tokens left in the budget; defaults to `total`.
"""
