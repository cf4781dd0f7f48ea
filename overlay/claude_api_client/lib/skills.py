"""Collect a skill directory into the `files` of `skills.create` / `skills.versions.create`.

    skill = client.skills.create(files=files_from_dir("my_skill"), display_name="My skill")
    skill = await client.skills.create(files=await async_files_from_dir("my_skill"))  # async

The API wants every file of a skill under one top-level directory holding a `SKILL.md`, and reads
the layout from the filenames: each file is sent as `files[]` with the filename
`<directory name>/<path inside it>` (`my_skill/SKILL.md`, `my_skill/scripts/run.py`).
"""

from __future__ import annotations

import mimetypes
import os
import pathlib
from typing import IO

from .._core._exceptions import AnthropicError
from .._core._uploads import DEFAULT_MIME_TYPE, file_from_path

__all__ = ["SkillDirectoryError", "async_files_from_dir", "files_from_dir"]

SKILL_FILE = "SKILL.md"


class SkillDirectoryError(AnthropicError, ValueError):
    """The directory cannot be a skill: it does not exist, or has no SKILL.md at its root."""


def _hidden(part: str) -> bool:
    return part.startswith(".") or part == "__pycache__"


def files_from_dir(path: str | os.PathLike[str]) -> list[tuple[str, IO[bytes], str]]:
    """Every file under the skill directory `path`, as `(filename, file, mime_type)` tuples.

    Filenames are `<directory name>/<relative path>` with `/` separators, sorted, so the request
    is the same on every machine. Hidden files and folders (a leading dot, e.g. `.git`,
    `.DS_Store`) and `__pycache__` are left out. The file objects open their file only while the
    request reads it, so a large skill holds no descriptors until it is sent.

    Raises SkillDirectoryError when `path` is not a directory or has no `SKILL.md` at its root.
    """
    root = pathlib.Path(path)
    if not root.is_dir():
        raise SkillDirectoryError(f"Not a directory: {str(path)!r}")
    root = root.resolve()
    if not (root / SKILL_FILE).is_file():
        raise SkillDirectoryError(
            f"{str(path)!r} has no {SKILL_FILE} at its root: a skill directory needs one "
            f"(found: {', '.join(sorted(p.name for p in root.iterdir())) or 'nothing'})"
        )
    found: list[tuple[str, IO[bytes], str]] = []
    for directory, folders, names in os.walk(root):
        folders[:] = sorted(folder for folder in folders if not _hidden(folder))
        for name in sorted(names):
            if _hidden(name):
                continue
            file_path = pathlib.Path(directory, name)
            if not file_path.is_file():
                continue
            relative = file_path.relative_to(root).as_posix()
            filename = f"{root.name}/{relative}"
            mime_type = mimetypes.guess_type(name, strict=False)[0] or DEFAULT_MIME_TYPE
            found.append((filename, file_from_path(file_path), mime_type))
    found.sort(key=lambda entry: entry[0])
    return found


async def async_files_from_dir(path: str | os.PathLike[str]) -> list[tuple[str, IO[bytes], str]]:
    """`files_from_dir` for async code: the directory is walked in a worker thread."""
    import anyio.to_thread

    return await anyio.to_thread.run_sync(files_from_dir, path)
