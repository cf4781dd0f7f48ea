# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

Country: TypeAlias = str
"""
Two-letter ISO 3166-1 country code.
"""
