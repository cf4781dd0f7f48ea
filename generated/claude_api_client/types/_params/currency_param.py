# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

CurrencyParam: TypeAlias = Literal["USD"]
"""
ISO 4217 currency code.
"""
