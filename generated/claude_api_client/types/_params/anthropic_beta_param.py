# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .known_beta import KnownBeta

AnthropicBetaParam: TypeAlias = str | KnownBeta
"""
Name of a beta feature to opt into; any string is accepted, the enum lists known names.
"""
