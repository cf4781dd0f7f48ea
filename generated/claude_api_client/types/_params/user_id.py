# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

UserId: TypeAlias = str
"""
Opaque id of the end user (a uuid or hash, never personal data).
"""
