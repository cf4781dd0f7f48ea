"""What an upload argument may be: a path, bytes, a binary file object, or a (name, content, type) tuple."""

from __future__ import annotations

import os
from typing import IO, TypeAlias, Union

FileContent: TypeAlias = Union[IO[bytes], bytes, "os.PathLike[str]"]
FileTypes: TypeAlias = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)
