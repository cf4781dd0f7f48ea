# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_base64_image_source import ManagedAgentsBase64ImageSource
from .managed_agents_file_image_source import ManagedAgentsFileImageSource
from .managed_agents_url_image_source import ManagedAgentsURLImageSource

ManagedAgentsImageSource: TypeAlias = (
    ManagedAgentsBase64ImageSource | ManagedAgentsURLImageSource | ManagedAgentsFileImageSource
)
"""
One of the image source shapes, told apart by `type`.
"""
