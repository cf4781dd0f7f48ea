"""The file tools of the agent toolset (`agent_toolset_20260401`), run on this machine.

`beta_agent_toolset_20260401(ctx)` gives `read`, `write`, `edit`, `glob` and `grep` as async tools
for the async tool runner (or a self-hosted environment's worker). Every path the model gives is
resolved against `ctx.workdir`: `..` is collapsed, then every symlink is followed (the last one
too, even if it leads nowhere), and the result must lie inside the working directory or one of
`ctx.allowed_roots`; the tool then works on that resolved path, so a symlink cannot lead out of
the root, neither before the check nor after it. `glob` and `grep` leave out what resolves
outside the root. Writes into `ctx.read_only_roots` are refused. Reads are capped (see
`AgentToolContext.max_file_bytes`); FIFOs and devices are never opened. Every refusal is a
`ToolError`, which the runner sends back as an `is_error` result.

Not here: the toolset's `bash` tool (it runs an unrestricted shell, whose confinement must come
from the operating system) and the image / PDF reading of the official `read`.
"""

from __future__ import annotations

import asyncio
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path, PurePosixPath
from typing import Any

from ..._core._types import NOT_GIVEN, NotGiven
from ._functions import BetaAsyncFunctionTool, ToolError, beta_async_tool

__all__ = [
    "AgentToolContext",
    "beta_agent_toolset_20260401",
    "beta_edit_tool",
    "beta_glob_tool",
    "beta_grep_tool",
    "beta_read_tool",
    "beta_write_tool",
    "resolve_path",
]

DEFAULT_MAX_READ_BYTES = 110_000
"""A whole-file `read` larger than this is refused (the API would cut a longer result)."""
DEFAULT_MAX_EDIT_BYTES = 256 * 1024
"""`edit` loads the whole file: larger files are refused."""
GLOB_RESULT_LIMIT = 200
GREP_OUTPUT_LIMIT = 100 * 1024
GREP_MAX_LINE_LENGTH = 2000
GREP_MAX_FILE_BYTES = 16 * 1024 * 1024
"""`grep` skips larger files (it reads a file line by line; a line is held whole)."""
WALK_MAX_ENTRIES = 50_000
"""`glob` and `grep` look at no more than this many paths."""


@dataclass
class AgentToolContext:
    """Where the file tools work and what they may reach.

    Attributes:
        workdir: Relative paths resolve against it; the tools are confined to it (and to
            `allowed_roots`). Captured when the context is made.
        allowed_roots: Further directories the tools may reach (e.g. mounted memory folders).
        read_only_roots: Directories `write` and `edit` refuse to change.
        max_file_bytes: The cap of a whole-file `read` and of `edit` (which loads the whole
            file); `read` with `view_range` applies it to the selected lines instead. Not given:
            110,000 bytes for `read`, 256 KiB for `edit`; None: no cap (only where the machine
            can take any file the model names).
    """

    workdir: str | os.PathLike[str] = field(default_factory=os.getcwd)
    allowed_roots: list[Path] = field(default_factory=list)
    read_only_roots: list[Path] = field(default_factory=list)
    max_file_bytes: int | NotGiven | None = NOT_GIVEN

    def __post_init__(self) -> None:
        if isinstance(self.max_file_bytes, int) and self.max_file_bytes < 1:
            raise ValueError("max_file_bytes must be positive (or None for no cap)")
        self.workdir = os.fspath(Path(self.workdir).resolve())

    def _cap(self, default: int) -> int | None:
        return default if isinstance(self.max_file_bytes, NotGiven) else self.max_file_bytes

    def _roots(self) -> list[Path]:
        return [Path(self.workdir), *(Path(r).resolve() for r in self.allowed_roots)]


def _within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def resolve_path(ctx: AgentToolContext, p: str) -> Path:
    """The canonical path `p` names (relative to `ctx.workdir`), every symlink followed; a
    `ValueError` when it lies outside the working directory and `ctx.allowed_roots`, or cannot
    be resolved (a symlink loop, a NUL byte)."""
    if "\x00" in p:
        raise ValueError(f"path {p!r}: a path cannot contain NUL bytes")
    joined = os.path.join(ctx.workdir, p)  # an absolute `p` stands on its own
    full = Path(os.path.realpath(os.path.normpath(joined)))
    if full.is_symlink():  # realpath stops at a loop and leaves the link in place
        raise ValueError(f"path {p!r}: too many levels of symbolic links")
    if any(_within(full, root) for root in ctx._roots()):
        return full
    others = " and its other permitted directories" if ctx.allowed_roots else ""
    raise ValueError(f"path {p!r} is outside the working directory{others}")


def _resolve(ctx: AgentToolContext, op: str, p: str) -> Path:
    try:
        return resolve_path(ctx, p)
    except ValueError as exc:
        raise ToolError(f"{op}: {exc}") from None


def _writable(ctx: AgentToolContext, op: str, target: Path, p: str) -> None:
    for root in ctx.read_only_roots:
        if _within(target, Path(root).resolve()):
            raise ToolError(f"{op}: {p} is inside the read-only directory {root}")


def _regular(op: str, target: Path, p: str) -> os.stat_result:
    try:
        info = target.stat()
    except FileNotFoundError:
        raise ToolError(f"{op}: {p} does not exist") from None
    except OSError as exc:
        raise ToolError(f"{op}: {p}: {exc.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise ToolError(f"{op}: {p} is not a regular file")
    return info


def _read_text(op: str, target: Path, p: str, limit: int | None) -> str:
    with target.open("rb") as f:
        data = f.read() if limit is None else f.read(limit + 1)
    if limit is not None and len(data) > limit:
        raise ToolError(f"{op}: {p} is over the {limit}-byte limit")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ToolError(f"{op}: {p} is not UTF-8 text") from None


def _line_range(target: Path, p: str, start: int, end: int, limit: int | None) -> str:
    """Lines `start`..`end` (1-based, inclusive; `end` < 1: to the end), read line by line so a
    large file is never loaded whole; the selected bytes are capped at `limit`."""
    first = max(1, start)
    chosen: list[bytes] = []
    size = 0
    with target.open("rb") as f:
        for number, line in enumerate(f, start=1):
            if end >= 1 and number > end:
                break
            if number < first:
                continue
            size += len(line)
            if limit is not None and size > limit:
                raise ToolError(
                    f"read: lines {start}-{end} of {p} are over the {limit}-byte limit; ask for fewer"
                )
            chosen.append(line)
    try:
        return b"".join(chosen).decode("utf-8").removesuffix("\n")
    except UnicodeDecodeError:
        raise ToolError(f"read: {p} is not UTF-8 text") from None


def _write_atomically(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else 0o644
    fd = os.open(tmp, flags, mode)
    with os.fdopen(fd, "wb") as f:
        f.write(text.encode("utf-8"))
    os.replace(tmp, target)


def beta_read_tool(ctx: AgentToolContext) -> BetaAsyncFunctionTool[Any]:
    """The `read` tool: a UTF-8 file's text, whole or `view_range` lines."""

    @beta_async_tool(name="read")
    async def read(file_path: str, view_range: list[int] | None = None) -> str:
        """Read a file rooted at the working directory.

        Args:
            file_path: The file, relative to the working directory (or absolute inside it).
            view_range: [start_line, end_line], 1-based and inclusive; end_line -1 reads to the end.
        """
        target = _resolve(ctx, "read", file_path)
        if view_range is not None and len(view_range) != 2:
            raise ToolError("read: view_range must be [start_line, end_line]")

        def run() -> str:
            info = _regular("read", target, file_path)
            limit = ctx._cap(DEFAULT_MAX_READ_BYTES)
            if view_range is not None:
                return _line_range(target, file_path, view_range[0], view_range[1], limit)
            if limit is not None and info.st_size > limit:
                raise ToolError(
                    f"read: {file_path} is {info.st_size} bytes, over the {limit}-byte limit; "
                    "read parts of it with view_range, e.g. [1, 500]"
                )
            return _read_text("read", target, file_path, limit)

        return await asyncio.to_thread(run)

    return read


def beta_write_tool(ctx: AgentToolContext) -> BetaAsyncFunctionTool[Any]:
    """The `write` tool: create or replace a file (atomically), making its folders."""

    @beta_async_tool(name="write")
    async def write(file_path: str, content: str) -> str:
        """Write a file, creating parent directories as needed.

        Args:
            file_path: The file, relative to the working directory (or absolute inside it).
            content: The whole new text of the file.
        """
        target = _resolve(ctx, "write", file_path)
        _writable(ctx, "write", target, file_path)
        if target.exists() and not target.is_file():
            raise ToolError(f"write: {file_path} is not a regular file")
        try:
            await asyncio.to_thread(_write_atomically, target, content)
        except OSError as exc:
            raise ToolError(f"write: {file_path}: {exc.strerror}") from None
        return f"wrote {len(content)} characters to {file_path}"

    return write


def beta_edit_tool(ctx: AgentToolContext) -> BetaAsyncFunctionTool[Any]:
    """The `edit` tool: replace an exact, unique string in a file (or every one of them)."""

    @beta_async_tool(name="edit")
    async def edit(
        file_path: str, old_string: str, new_string: str, replace_all: bool | None = None
    ) -> str:
        """Replace text in a file by exact string match.

        Args:
            file_path: The file, relative to the working directory (or absolute inside it).
            old_string: The text to replace; it must appear exactly once unless replace_all.
            new_string: The replacement.
            replace_all: Replace every occurrence.
        """
        target = _resolve(ctx, "edit", file_path)
        _writable(ctx, "edit", target, file_path)

        def run() -> str:
            _regular("edit", target, file_path)
            text = _read_text("edit", target, file_path, ctx._cap(DEFAULT_MAX_EDIT_BYTES))
            count = text.count(old_string) if old_string else 0
            if count == 0:
                raise ToolError(f"edit: old_string not found in {file_path}")
            if count > 1 and not replace_all:
                raise ToolError(
                    f"edit: old_string appears {count} times in {file_path}; make it unique "
                    "or pass replace_all"
                )
            _write_atomically(
                target, text.replace(old_string, new_string, -1 if replace_all else 1)
            )
            return f"edited {file_path} ({count if replace_all else 1} replacement(s))"

        return await asyncio.to_thread(run)

    return edit


def _search_root(ctx: AgentToolContext, op: str, path: str | None) -> Path:
    return _resolve(ctx, op, path) if path else Path(ctx.workdir)


def _inside(paths: Iterator[Path], root: Path) -> Iterator[Path]:
    """The paths that still resolve inside `root` (a symlink out of it is left out)."""
    for path in paths:
        try:
            real = Path(os.path.realpath(path))
        except OSError:
            continue
        if _within(real, root) and not real.is_symlink():
            yield path


def beta_glob_tool(ctx: AgentToolContext) -> BetaAsyncFunctionTool[Any]:
    """The `glob` tool: files matching a pattern, newest first."""

    @beta_async_tool(name="glob")
    async def glob(pattern: str, path: str | None = None) -> str:
        """List files matching a glob pattern, newest first.

        Args:
            pattern: A relative glob pattern, e.g. "**/*.py".
            path: The directory to search (default: the working directory).
        """
        if "\x00" in pattern or PurePosixPath(pattern).is_absolute() or Path(pattern).is_absolute():
            raise ToolError("glob: the pattern must be relative (give the directory as path)")
        if ".." in PurePosixPath(pattern).parts:
            raise ToolError("glob: '..' is not allowed in the pattern")
        root = _search_root(ctx, "glob", path)

        def run() -> str:
            try:
                found = list(_inside(islice(root.glob(pattern), WALK_MAX_ENTRIES), root))
            except (ValueError, OSError) as exc:
                raise ToolError(f"glob: {exc}") from None

            def newest(p: Path) -> float:
                try:
                    return p.stat().st_mtime
                except OSError:
                    return 0.0

            found.sort(key=newest, reverse=True)
            return "\n".join(str(p) for p in found[:GLOB_RESULT_LIMIT]) or "no matches"

        return await asyncio.to_thread(run)

    return glob


def _files_under(root: Path) -> Iterator[Path]:
    if root.is_file():
        yield root
        return
    for folder, dirs, files in os.walk(root):  # does not follow directory symlinks
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            yield Path(folder, name)


def beta_grep_tool(ctx: AgentToolContext) -> BetaAsyncFunctionTool[Any]:
    """The `grep` tool: lines matching a regular expression, as `path:line:text`."""

    @beta_async_tool(name="grep")
    async def grep(pattern: str, path: str | None = None) -> str:
        """Search file contents for a regular expression.

        Args:
            pattern: A Python regular expression.
            path: A file or directory to search (default: the working directory).
        """
        try:
            regex = re.compile(pattern)
        except re.error as exc:
            raise ToolError(f"grep: bad pattern: {exc}") from None
        root = _search_root(ctx, "grep", path)

        def run() -> str:
            out: list[str] = []
            size = 0
            files = _inside(islice(_files_under(root), WALK_MAX_ENTRIES), root)
            for file in files:
                try:
                    info = file.stat()
                    if not stat.S_ISREG(info.st_mode) or info.st_size > GREP_MAX_FILE_BYTES:
                        continue
                    with file.open("rb") as f:
                        for number, raw in enumerate(f, start=1):
                            line = raw.decode("utf-8", "replace").rstrip("\n")[
                                :GREP_MAX_LINE_LENGTH
                            ]
                            if regex.search(line):
                                entry = f"{file}:{number}:{line}"
                                size += len(entry) + 1
                                if size > GREP_OUTPUT_LIMIT:
                                    out.append("… (output cut: narrow the pattern or the path)")
                                    return "\n".join(out)
                                out.append(entry)
                except OSError:
                    continue
            return "\n".join(out) or "no matches"

        return await asyncio.to_thread(run)

    return grep


def beta_agent_toolset_20260401(ctx: AgentToolContext) -> list[BetaAsyncFunctionTool[Any]]:
    """The file tools of `agent_toolset_20260401` on `ctx`: read, write, edit, glob, grep."""
    return [
        beta_read_tool(ctx),
        beta_write_tool(ctx),
        beta_edit_tool(ctx),
        beta_glob_tool(ctx),
        beta_grep_tool(ctx),
    ]
