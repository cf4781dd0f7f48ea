# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

MaxUses: TypeAlias = int
"""
Upper limit on how many times the tool may be used in one request.
"""
