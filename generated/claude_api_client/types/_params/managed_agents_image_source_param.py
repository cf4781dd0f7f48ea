# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_base64_image_source_param import (
    ManagedAgentsBase64ImageSourceParam,
)
from .managed_agents_file_image_source_param import ManagedAgentsFileImageSourceParam
from .managed_agents_url_image_source_param import ManagedAgentsURLImageSourceParam

ManagedAgentsImageSourceParam: TypeAlias = (
    ManagedAgentsBase64ImageSourceParam
    | ManagedAgentsURLImageSourceParam
    | ManagedAgentsFileImageSourceParam
)
"""
One of the image source shapes, told apart by `type`.
"""
