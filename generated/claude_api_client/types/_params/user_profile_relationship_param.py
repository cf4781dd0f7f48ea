# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

UserProfileRelationshipParam: TypeAlias = Literal["external", "resold", "internal"]
"""
How the profile's entity relates to the platform: `external`, `resold` or `internal`.
"""
