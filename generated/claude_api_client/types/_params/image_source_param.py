# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .base64_image_source_param import Base64ImageSourceParam
from .file_image_source_param import FileImageSourceParam
from .url_image_source_param import URLImageSourceParam

ImageSourceParam: TypeAlias = Base64ImageSourceParam | URLImageSourceParam | FileImageSourceParam
"""
Where an image comes from: inline base64 data, a URL or an uploaded file.
"""
