# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

FallbackCreditToken: TypeAlias = str
"""
Token from a refused request that discounts the retry on the fallback model.
"""
