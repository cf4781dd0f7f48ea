# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .known_beta_param import KnownBetaParam

AnthropicBetaParam: TypeAlias = str | KnownBetaParam
"""
Name of a beta feature to opt into; any string is accepted, the enum lists known names.
"""
