# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

SizeBytes: TypeAlias = int
"""
Size of the downloaded file in bytes.
"""
