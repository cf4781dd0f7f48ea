# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

Path: TypeAlias = str
"""
Where the file was saved on the executor.
"""
