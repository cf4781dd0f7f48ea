# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

Title: TypeAlias = str
"""
Title of the cited page.
"""
