# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

MaxContentTokens: TypeAlias = int
"""
Approximate cap on the tokens of page content added to the context.
"""
