"""The memory tool (`memory_20250818`): the model keeps notes in a `/memories` directory that
this side stores.

`BetaAbstractMemoryTool` decodes the six commands (view, create, str_replace, insert, delete,
rename) and calls the method of the same name; subclass it for any backend. The async twin awaits
them. `BetaLocalFilesystemMemoryTool` stores the notes under `<base_path>/memories` and never
leaves it: `..`, absolute paths, symlinks pointing out of the root and files over
`max_file_bytes` are refused with a `ToolError`, which the runner sends back as an `is_error`
result the model can read.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import stat
from abc import ABC, abstractmethod
from collections.abc import Callable, Coroutine
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeAlias, TypeVar

import pydantic

from ._functions import (
    BetaAsyncBuiltinFunctionTool,
    BetaBuiltinFunctionTool,
    BetaFunctionToolResultType,
    ToolError,
)

if TYPE_CHECKING:
    from ...types import CacheControlEphemeralParam, MemoryTool20250818Param

__all__ = [
    "BetaAbstractMemoryTool",
    "BetaAsyncAbstractMemoryTool",
    "BetaAsyncLocalFilesystemMemoryTool",
    "BetaLocalFilesystemMemoryTool",
    "BetaMemoryTool20250818Command",
    "BetaMemoryTool20250818CreateCommand",
    "BetaMemoryTool20250818DeleteCommand",
    "BetaMemoryTool20250818InsertCommand",
    "BetaMemoryTool20250818RenameCommand",
    "BetaMemoryTool20250818StrReplaceCommand",
    "BetaMemoryTool20250818ViewCommand",
]

MEMORY_ROOT = "/memories"
DEFAULT_MAX_FILE_BYTES = 1024 * 1024
"""The local tool's default cap on one memory file (reads and writes)."""
_LINE_WIDTH = 6
_NO_CLEAR = "clear_all_memory() is not implemented by this backend"


class _Command(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="allow")


class BetaMemoryTool20250818ViewCommand(_Command):
    """List a directory (two levels) or show a file with line numbers."""

    command: Literal["view"]
    path: str
    view_range: list[int] | None = None


class BetaMemoryTool20250818CreateCommand(_Command):
    """Create a file (refused when it exists)."""

    command: Literal["create"]
    path: str
    file_text: str


class BetaMemoryTool20250818StrReplaceCommand(_Command):
    """Replace the single occurrence of `old_str` in a file."""

    command: Literal["str_replace"]
    path: str
    old_str: str
    new_str: str = ""


class BetaMemoryTool20250818InsertCommand(_Command):
    """Insert text after line `insert_line` (0 = at the top)."""

    command: Literal["insert"]
    path: str
    insert_line: int
    insert_text: str


class BetaMemoryTool20250818DeleteCommand(_Command):
    """Delete a file or a directory."""

    command: Literal["delete"]
    path: str


class BetaMemoryTool20250818RenameCommand(_Command):
    """Move a file or directory."""

    command: Literal["rename"]
    old_path: str
    new_path: str


BetaMemoryTool20250818Command: TypeAlias = (
    BetaMemoryTool20250818ViewCommand
    | BetaMemoryTool20250818CreateCommand
    | BetaMemoryTool20250818StrReplaceCommand
    | BetaMemoryTool20250818InsertCommand
    | BetaMemoryTool20250818DeleteCommand
    | BetaMemoryTool20250818RenameCommand
)
_COMMANDS: dict[str, type[_Command]] = {
    "view": BetaMemoryTool20250818ViewCommand,
    "create": BetaMemoryTool20250818CreateCommand,
    "str_replace": BetaMemoryTool20250818StrReplaceCommand,
    "insert": BetaMemoryTool20250818InsertCommand,
    "delete": BetaMemoryTool20250818DeleteCommand,
    "rename": BetaMemoryTool20250818RenameCommand,
}


def decode_command(input: object) -> BetaMemoryTool20250818Command:
    """The model's tool input as a command object; a malformed one is a `ToolError`."""
    if not isinstance(input, dict):
        raise ToolError(f"memory: the input must be an object, got {type(input).__name__}")
    model = _COMMANDS.get(str(input.get("command")))
    if model is None:
        raise ToolError(
            f"memory: unknown command {input.get('command')!r}; expected one of {sorted(_COMMANDS)}"
        )
    try:
        command: Any = model.model_validate(input)
    except pydantic.ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ToolError(f"memory {input.get('command')}: {problems}") from exc
    return command  # type: ignore[no-any-return]


class _MemoryDefinition:
    """The tool definition both memory backends send."""

    def __init__(self, *, cache_control: CacheControlEphemeralParam | None = None) -> None:
        self._cache_control = cache_control

    def to_dict(self) -> MemoryTool20250818Param:
        """`{"type": "memory_20250818", "name": "memory"}` (with `cache_control` when given)."""
        definition: Any = {"type": "memory_20250818", "name": "memory"}
        if self._cache_control is not None:
            definition["cache_control"] = self._cache_control
        result: MemoryTool20250818Param = definition
        return result


ResultT = TypeVar("ResultT")


class _MemoryCommands(_MemoryDefinition, ABC, Generic[ResultT]):
    """The six commands a memory backend implements, declared once for both flavours: a command
    of the sync backend returns its result (`ResultT`), one of the async backend is a coroutine
    of it."""

    @abstractmethod
    def view(self, command: BetaMemoryTool20250818ViewCommand) -> ResultT:
        """List a directory, or show a file with line numbers."""

    @abstractmethod
    def create(self, command: BetaMemoryTool20250818CreateCommand) -> ResultT:
        """Create a file (refused when it exists)."""

    @abstractmethod
    def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> ResultT:
        """Replace the single occurrence of `old_str` in a file."""

    @abstractmethod
    def insert(self, command: BetaMemoryTool20250818InsertCommand) -> ResultT:
        """Insert text after line `insert_line` (0 = at the top)."""

    @abstractmethod
    def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> ResultT:
        """Delete a file or a directory."""

    @abstractmethod
    def rename(self, command: BetaMemoryTool20250818RenameCommand) -> ResultT:
        """Move a file or a directory."""

    def _handler(self, command: BetaMemoryTool20250818Command) -> Callable[[Any], ResultT]:
        """The method of `command`'s name (a subclass's override included)."""
        handler: Callable[[Any], ResultT] = getattr(self, command.command)
        return handler


class BetaAbstractMemoryTool(_MemoryCommands[BetaFunctionToolResultType], BetaBuiltinFunctionTool):
    """A memory backend: implement the six commands; `call` / `execute` dispatch to them."""

    def call(self, input: object) -> BetaFunctionToolResultType:
        """Run the command the model sent."""
        return self.execute(decode_command(input))

    def execute(self, command: BetaMemoryTool20250818Command) -> BetaFunctionToolResultType:
        """Dispatch `command` to the method of its name."""
        return self._handler(command)(command)

    def clear_all_memory(self) -> BetaFunctionToolResultType:
        """Erase every memory (not a model command: for the application)."""
        raise NotImplementedError(_NO_CLEAR)


class BetaAsyncAbstractMemoryTool(
    _MemoryCommands[Coroutine[Any, Any, BetaFunctionToolResultType]],
    BetaAsyncBuiltinFunctionTool,
):
    """`BetaAbstractMemoryTool` with coroutine commands."""

    async def call(self, input: object) -> BetaFunctionToolResultType:
        """Run the command the model sent."""
        return await self.execute(decode_command(input))

    async def execute(self, command: BetaMemoryTool20250818Command) -> BetaFunctionToolResultType:
        """Dispatch `command` to the coroutine method of its name."""
        return await self._handler(command)(command)

    async def clear_all_memory(self) -> BetaFunctionToolResultType:
        """Erase every memory (not a model command: for the application)."""
        raise NotImplementedError(_NO_CLEAR)


def _size(n: int) -> str:
    value = float(n)
    for unit in ("B", "K", "M", "G"):
        if value < 1024 or unit == "G":
            return f"{int(value)}{unit}" if value == int(value) else f"{value:.1f}{unit}"
        value /= 1024
    return f"{n}B"  # pragma: no cover


class BetaLocalFilesystemMemoryTool(BetaAbstractMemoryTool):
    """Memories as files under `<base_path>/memories`, confined there.

    Every path the model gives must be `/memories` or below it. Refused, with a `ToolError`:
    `..` segments, NUL bytes, anything that resolves outside the root (a symlink included, at
    any depth), files larger than `max_file_bytes` (read or written), and writes through a
    symlink. Files are created owner-only (0600), directories 0700.
    """

    def __init__(
        self,
        base_path: str | os.PathLike[str] = "./memory",
        *,
        max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
        cache_control: CacheControlEphemeralParam | None = None,
    ) -> None:
        super().__init__(cache_control=cache_control)
        if max_file_bytes < 1:
            raise ValueError("max_file_bytes must be positive")
        self.base_path = Path(base_path)
        self.memory_root = self.base_path / "memories"
        self.memory_root.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.max_file_bytes = max_file_bytes
        self._root = self.memory_root.resolve()

    # -- confinement -----------------------------------------------------------------------------
    def _resolve(self, path: str) -> Path:
        """The local path of a `/memories/...` path, refused unless it stays inside the root."""
        if "\x00" in path:
            raise ToolError("memory: a path cannot contain NUL bytes")
        if path != MEMORY_ROOT and not path.startswith(MEMORY_ROOT + "/"):
            raise ToolError(f"memory: paths must start with {MEMORY_ROOT}, got {path!r}")
        parts = PurePosixPath(path[len(MEMORY_ROOT) :].lstrip("/")).parts
        if any(p == ".." for p in parts):
            raise ToolError(f"memory: {path!r} leaves {MEMORY_ROOT} ('..' is not allowed)")
        local = self._root.joinpath(*parts)
        resolved = local.resolve()  # follows every symlink on the way, existing or not
        if resolved != self._root and self._root not in resolved.parents:
            raise ToolError(f"memory: {path!r} resolves outside {MEMORY_ROOT} (through a symlink)")
        return local

    def _read(self, local: Path, path: str) -> str:
        try:
            fd = os.open(local, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except FileNotFoundError:
            raise ToolError(f"memory: {path} does not exist") from None
        except OSError as exc:
            raise ToolError(f"memory: cannot read {path}: {exc.strerror}") from None
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(f.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ToolError(f"memory: {path} is not a file")
            if info.st_size > self.max_file_bytes:
                raise ToolError(
                    f"memory: {path} is {info.st_size} bytes, over the {self.max_file_bytes}-byte limit"
                )
            data = f.read(self.max_file_bytes + 1)
        if len(data) > self.max_file_bytes:
            raise ToolError(f"memory: {path} is over the {self.max_file_bytes}-byte limit")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise ToolError(f"memory: {path} is not UTF-8 text") from None

    def _write(self, local: Path, path: str, text: str, *, new: bool) -> None:
        data = text.encode("utf-8")
        if len(data) > self.max_file_bytes:
            raise ToolError(
                f"memory: writing {len(data)} bytes to {path} is over the {self.max_file_bytes}-byte limit"
            )
        local.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._resolve(path)  # the directories just made cannot have moved it out, but check again
        if new:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            try:
                fd = os.open(local, flags, 0o600)
            except FileExistsError:
                raise ToolError(f"memory: {path} already exists") from None
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            return
        # Replace atomically: write a sibling, then rename over (a symlink is replaced, not followed).
        tmp = local.with_name(f".{local.name}.tmp-{os.getpid()}")
        fd = os.open(
            tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600
        )
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, local)

    # -- commands --------------------------------------------------------------------------------
    def view(self, command: BetaMemoryTool20250818ViewCommand) -> str:
        """A directory listing (two levels, hidden entries left out) or numbered file lines."""
        local = self._resolve(command.path)
        if not local.exists():
            raise ToolError(f"memory: {command.path} does not exist")
        if local.is_dir():
            rows = [f"{_size(local.stat().st_size)}\t{command.path}"]
            rows += self._listing(local, command.path.rstrip("/"), depth=1)
            return (
                f"Files and directories up to 2 levels deep in {command.path}, hidden items excluded:\n"
                + "\n".join(rows)
            )
        lines = self._read(local, command.path).split("\n")
        start, end = 1, len(lines)
        if command.view_range:
            if len(command.view_range) != 2:
                raise ToolError(
                    "memory view: view_range is [first_line, last_line] (last -1 = to the end)"
                )
            start = max(1, command.view_range[0])
            end = (
                len(lines)
                if command.view_range[1] == -1
                else min(len(lines), command.view_range[1])
            )
        numbered = [f"{n:>{_LINE_WIDTH}}\t{lines[n - 1]}" for n in range(start, end + 1)]
        return f"Content of {command.path} with line numbers:\n" + "\n".join(numbered)

    def _listing(self, directory: Path, shown: str, depth: int) -> list[str]:
        rows: list[str] = []
        for entry in sorted(directory.iterdir(), key=lambda p: p.name):
            if entry.name.startswith("."):
                continue
            resolved = entry.resolve()
            if resolved != self._root and self._root not in resolved.parents:
                continue  # a symlink out of the root is not listed
            if entry.is_dir():
                rows.append(f"{_size(entry.stat().st_size)}\t{shown}/{entry.name}/")
                if depth < 2:
                    rows += self._listing(entry, f"{shown}/{entry.name}", depth + 1)
            elif entry.is_file():
                rows.append(f"{_size(entry.stat().st_size)}\t{shown}/{entry.name}")
        return rows

    def create(self, command: BetaMemoryTool20250818CreateCommand) -> str:
        """Create a new file."""
        self._write(self._resolve(command.path), command.path, command.file_text, new=True)
        return f"File created successfully at: {command.path}"

    def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> str:
        """Replace the one occurrence of `old_str`."""
        local = self._resolve(command.path)
        text = self._read(local, command.path)
        count = text.count(command.old_str)
        if count == 0:
            raise ToolError(f"memory: no occurrence of old_str in {command.path}")
        if count > 1:
            lines = [
                str(i + 1) for i, line in enumerate(text.split("\n")) if command.old_str in line
            ]
            raise ToolError(
                f"memory: old_str occurs {count} times in {command.path} (lines {', '.join(lines)}); "
                "make it unique"
            )
        self._write(
            local, command.path, text.replace(command.old_str, command.new_str, 1), new=False
        )
        return f"The memory file {command.path} has been edited."

    def insert(self, command: BetaMemoryTool20250818InsertCommand) -> str:
        """Insert lines after `insert_line`."""
        local = self._resolve(command.path)
        lines = self._read(local, command.path).split("\n")
        if not 0 <= command.insert_line <= len(lines):
            raise ToolError(
                f"memory: insert_line {command.insert_line} is outside [0, {len(lines)}] for {command.path}"
            )
        lines[command.insert_line : command.insert_line] = command.insert_text.split("\n")
        self._write(local, command.path, "\n".join(lines), new=False)
        return f"Text inserted at line {command.insert_line} in {command.path}."

    def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> str:
        """Delete a file or directory (never the root itself)."""
        local = self._resolve(command.path)
        if local == self._root:
            raise ToolError(f"memory: {MEMORY_ROOT} itself cannot be deleted")
        if local.is_symlink() or local.is_file():
            local.unlink()
        elif local.is_dir():
            shutil.rmtree(local)
        else:
            raise ToolError(f"memory: {command.path} does not exist")
        return f"Deleted: {command.path}"

    def rename(self, command: BetaMemoryTool20250818RenameCommand) -> str:
        """Move a file or directory (the destination must not exist)."""
        source = self._resolve(command.old_path)
        target = self._resolve(command.new_path)
        if source == self._root:
            raise ToolError(f"memory: {MEMORY_ROOT} itself cannot be renamed")
        if not source.exists():
            raise ToolError(f"memory: {command.old_path} does not exist")
        if target.exists():
            raise ToolError(f"memory: {command.new_path} already exists")
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.rename(source, target)
        return f"Renamed {command.old_path} to {command.new_path}"

    def clear_all_memory(self) -> str:
        """Delete every memory and recreate the empty root."""
        shutil.rmtree(self._root, ignore_errors=True)
        self._root.mkdir(parents=True, exist_ok=True, mode=0o700)
        return "All memory cleared"


class BetaAsyncLocalFilesystemMemoryTool(BetaAsyncAbstractMemoryTool):
    """`BetaLocalFilesystemMemoryTool` for the async runner: each command runs in a worker thread."""

    def __init__(
        self,
        base_path: str | os.PathLike[str] = "./memory",
        *,
        max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
        cache_control: CacheControlEphemeralParam | None = None,
    ) -> None:
        super().__init__(cache_control=cache_control)
        self._local = BetaLocalFilesystemMemoryTool(
            base_path, max_file_bytes=max_file_bytes, cache_control=cache_control
        )
        self.memory_root = self._local.memory_root

    async def execute(self, command: BetaMemoryTool20250818Command) -> BetaFunctionToolResultType:
        """Run the command in a worker thread."""
        return await asyncio.to_thread(self._local.execute, command)

    async def view(self, command: BetaMemoryTool20250818ViewCommand) -> str:
        return await asyncio.to_thread(self._local.view, command)

    async def create(self, command: BetaMemoryTool20250818CreateCommand) -> str:
        return await asyncio.to_thread(self._local.create, command)

    async def str_replace(self, command: BetaMemoryTool20250818StrReplaceCommand) -> str:
        return await asyncio.to_thread(self._local.str_replace, command)

    async def insert(self, command: BetaMemoryTool20250818InsertCommand) -> str:
        return await asyncio.to_thread(self._local.insert, command)

    async def delete(self, command: BetaMemoryTool20250818DeleteCommand) -> str:
        return await asyncio.to_thread(self._local.delete, command)

    async def rename(self, command: BetaMemoryTool20250818RenameCommand) -> str:
        return await asyncio.to_thread(self._local.rename, command)

    async def clear_all_memory(self) -> str:
        return await asyncio.to_thread(self._local.clear_all_memory)
