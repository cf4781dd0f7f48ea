# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

Timezone: TypeAlias = str
"""
IANA time zone name.
"""
