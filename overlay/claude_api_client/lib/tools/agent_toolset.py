"""The tools of the agent toolset (`agent_toolset_20260401`), run on this machine.

`beta_agent_toolset_20260401(ctx)` gives `bash`, `read`, `write`, `edit`, `glob` and `grep` as
async tools for the async runners: the session tool runner or a self-hosted environment's worker,
which call the `bash` tool's `close` when their run ends (the Messages tool runner does not: give
it the file tools alone, or close the tool yourself). Every path the model gives is
resolved against `ctx.workdir`: `..` is collapsed, then every symlink is followed (the last one
too, even if it leads nowhere), and the result must lie inside the working directory or one of
`ctx.allowed_roots`; the tool then works on that resolved path, so a symlink cannot lead out of
the root, neither before the check nor after it. `glob` and `grep` leave out what resolves
outside the root. Writes into `ctx.read_only_roots` are refused. Reads are capped (see
`AgentToolContext.max_file_bytes`); FIFOs and devices are never opened. Every refusal is a
`ToolError`, which the runner sends back as an `is_error` result.

`bash` (`beta_bash_tool`, on a `BashSession`) runs an unconfined `/bin/bash` that keeps its state
between calls, one shell per session thread: confine it with the operating system (a container, a
sandbox). Its output is capped (`BASH_OUTPUT_LIMIT` characters in the result, the rest saved to a
file `read` and `grep` may open, itself capped at `BASH_SAVED_OUTPUT_BYTES`), each command has a
timeout (`BASH_DEFAULT_TIMEOUT`, shortened by the call's `timeout_ms`), and the shell gets no
ANTHROPIC_* variable of this process.

`read` gives a PNG, JPEG, GIF or WebP file as an `image` content block and a PDF as a `document`
block (base64), within their own caps (`DEFAULT_MAX_IMAGE_BASE64_BYTES`, `DEFAULT_MAX_PDF_BYTES`,
which an explicit `max_file_bytes` tightens).
"""

from __future__ import annotations

import asyncio
import base64
import codecs
import contextlib
import os
import re
import secrets
import shutil
import signal
import stat
import subprocess
import tempfile
import threading
import weakref
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from ..._core._types import NOT_GIVEN, NotGiven
from ._functions import BetaAsyncFunctionTool, ToolError, beta_async_tool
from ._session_thread import current_session_thread

if TYPE_CHECKING:
    from ..._client import AsyncAnthropic
    from ...types import ManagedAgentsSession

__all__ = [
    "AgentToolContext",
    "BashResult",
    "BashSession",
    "beta_agent_toolset_20260401",
    "beta_bash_tool",
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
DEFAULT_MAX_FILE_BYTES = DEFAULT_MAX_EDIT_BYTES
"""The official name of the `edit` cap."""
DEFAULT_MAX_IMAGE_BASE64_BYTES = 5 * 1024 * 1024
"""An image `read` returns may be this large once base64-encoded (the API's per-image limit)."""
DEFAULT_MAX_PDF_BYTES = 20 * 1024 * 1024
"""A PDF `read` returns may be this large (raw), so the request stays within the API's size."""
READ_IMAGE_MAX_BASE64_BYTES = DEFAULT_MAX_IMAGE_BASE64_BYTES
"""Older name of `DEFAULT_MAX_IMAGE_BASE64_BYTES`."""
READ_PDF_MAX_BYTES = DEFAULT_MAX_PDF_BYTES
"""Older name of `DEFAULT_MAX_PDF_BYTES`."""
_MEDIA_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".pdf": "application/pdf",
}
"""The files `read` returns as content blocks, by extension (the media types the API takes)."""
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
        max_image_base64_bytes: The cap of an image `read` returns, base64-encoded. Not given:
            `DEFAULT_MAX_IMAGE_BASE64_BYTES`; None: no cap of its own.
        max_pdf_bytes: The cap of a PDF `read` returns. Not given: `DEFAULT_MAX_PDF_BYTES`;
            None: no cap of its own. An explicit `max_file_bytes` binds images and PDFs too.
        env: The whole environment of the `bash` shell. None: this process's environment
            without its ANTHROPIC_* variables; given, it replaces that (nothing is merged in).
        client: With `session` (or the older `session_id`): `async with ctx:` downloads the
            skills of the session's agent into `{workdir}/skills/<name>/` first, and removes
            them on the way out.
        session: The session whose agent's skills are downloaded.
        session_id: Deprecated in favour of `session` (costs one more request).
        unrestricted_paths: No longer taken (as in the official package): passing it raises
            `TypeError`; the file tools are always confined as described above.

    `async with AgentToolContext(...) as ctx:` sets the skills up (when `client` and a session
    are given) and, on the way out, ends the shell `bash()` started and removes those skills.
    """

    # The official order, for callers that pass fields by position.
    workdir: str | os.PathLike[str] = field(default_factory=os.getcwd)
    unrestricted_paths: bool | NotGiven = NOT_GIVEN
    allowed_roots: list[Path] = field(default_factory=list)
    client: AsyncAnthropic | None = None
    session: ManagedAgentsSession | None = None
    session_id: str | None = None
    env: Mapping[str, str] | None = None
    max_file_bytes: int | NotGiven | None = NOT_GIVEN
    max_image_base64_bytes: int | NotGiven | None = NOT_GIVEN
    max_pdf_bytes: int | NotGiven | None = NOT_GIVEN
    read_only_roots: list[Path] = field(default_factory=list)
    _skill_dirs: list[Path] = field(default_factory=list, init=False, repr=False, compare=False)
    _bash: BashSession | None = field(default=None, init=False, repr=False, compare=False)
    _shells: weakref.WeakSet[BashSession] = field(
        default_factory=weakref.WeakSet, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if not isinstance(self.unrestricted_paths, NotGiven):
            raise TypeError(
                "unrestricted_paths is no longer taken: the file tools stay inside workdir; add "
                "the other directories they may reach to allowed_roots"
            )
        for name in ("max_file_bytes", "max_image_base64_bytes", "max_pdf_bytes"):
            value = getattr(self, name)
            if isinstance(value, int) and value < 1:
                raise ValueError(f"{name} must be positive (or None for no cap)")
        self.workdir = os.fspath(Path(self.workdir).resolve())

    def _cap(self, default: int) -> int | None:
        return default if isinstance(self.max_file_bytes, NotGiven) else self.max_file_bytes

    def _roots(self, *, reading: bool = False) -> list[Path]:
        """Where the tools may go; `reading`: also the files the shells saved long outputs in."""
        roots = [Path(self.workdir), *(Path(r).resolve() for r in self.allowed_roots)]
        if reading:
            roots += [d.resolve() for s in self._shells if (d := s._saved_dir) is not None]
        return roots

    async def bash(self) -> BashSession:
        """This context's own shell, started on first use in `workdir` with `env`."""
        if self._bash is None or self._bash.closed:
            self._bash = await self._start_shell()
        return self._bash

    async def _start_shell(self) -> BashSession:
        shell = await BashSession.start(self.workdir, env=self.env)
        self._shells.add(shell)
        return shell

    async def close(self) -> None:
        """End the shell `bash()` started (the `bash` tool's shells end with the tool's
        `close`)."""
        if self._bash is not None:
            await self._bash.close()
            self._bash = None

    async def setup_skills(self) -> None:
        """Download the skills of the session's agent into `{workdir}/skills/<name>/` (nothing
        without `client` and `session` or `session_id`)."""
        if self.client is None or (self.session is None and self.session_id is None):
            return
        from ._skills import download_session_skills

        self._skill_dirs = await download_session_skills(
            self.client, workdir=self.workdir, session=self.session, session_id=self.session_id
        )

    async def __aenter__(self) -> AgentToolContext:
        await self.setup_skills()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        try:
            await self.close()
        finally:
            folders, self._skill_dirs = self._skill_dirs, []
            for folder in folders:
                await asyncio.to_thread(shutil.rmtree, folder, True)


def _within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def resolve_path(ctx: AgentToolContext, p: str) -> Path:
    """The canonical path `p` names (relative to `ctx.workdir`), every symlink followed; a
    `ValueError` when it lies outside the working directory and `ctx.allowed_roots`, or cannot
    be resolved (a symlink loop, a NUL byte)."""
    return _resolve_within(ctx, p, reading=False)


def _resolve_within(ctx: AgentToolContext, p: str, *, reading: bool) -> Path:
    if "\x00" in p:
        raise ValueError(f"path {p!r}: a path cannot contain NUL bytes")
    joined = os.path.join(ctx.workdir, p)  # an absolute `p` stands on its own
    full = Path(os.path.realpath(os.path.normpath(joined)))
    if full.is_symlink():  # realpath stops at a loop and leaves the link in place
        raise ValueError(f"path {p!r}: too many levels of symbolic links")
    if any(_within(full, root) for root in ctx._roots(reading=reading)):
        return full
    others = " and its other permitted directories" if ctx.allowed_roots else ""
    raise ValueError(f"path {p!r} is outside the working directory{others}")


def _resolve(ctx: AgentToolContext, op: str, p: str, *, reading: bool = False) -> Path:
    try:
        return _resolve_within(ctx, p, reading=reading)
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


def _media_block(
    ctx: AgentToolContext, target: Path, p: str, size: int, media_type: str
) -> dict[str, Any]:
    """An image or PDF as a base64 content block, refused over its cap before it is opened."""
    if media_type == "application/pdf":
        given = ctx.max_pdf_bytes
        limit = DEFAULT_MAX_PDF_BYTES if isinstance(given, NotGiven) else given
    else:
        given = ctx.max_image_base64_bytes
        encoded = DEFAULT_MAX_IMAGE_BASE64_BYTES if isinstance(given, NotGiven) else given
        limit = None if encoded is None else encoded // 4 * 3  # base64: 4 characters per 3 bytes
    if isinstance(ctx.max_file_bytes, int):
        limit = ctx.max_file_bytes if limit is None else min(limit, ctx.max_file_bytes)
    if limit is not None and size > limit:
        raise ToolError(f"read: {p} is {size} bytes, over the {limit}-byte limit of its kind")
    with target.open("rb") as f:
        data = f.read() if limit is None else f.read(limit + 1)
    if limit is not None and len(data) > limit:  # it grew since the check
        raise ToolError(f"read: {p} is over the {limit}-byte limit of its kind")
    source = {
        "type": "base64",
        "media_type": media_type,
        "data": base64.b64encode(data).decode("ascii"),
    }
    kind = "document" if media_type == "application/pdf" else "image"
    return {"type": kind, "source": source}


def beta_read_tool(ctx: AgentToolContext) -> BetaAsyncFunctionTool[Any]:
    """The `read` tool: a UTF-8 file's text, whole or `view_range` lines; an image or a PDF as a
    content block."""

    @beta_async_tool(name="read")
    async def read(
        file_path: str, view_range: list[int] | None = None
    ) -> str | list[dict[str, Any]]:
        """Read a file rooted at the working directory.

        Args:
            file_path: The file, relative to the working directory (or absolute inside it).
            view_range: [start_line, end_line], 1-based and inclusive; end_line -1 reads to the end.
        """
        target = _resolve(ctx, "read", file_path, reading=True)
        if view_range is not None and len(view_range) != 2:
            raise ToolError("read: view_range must be [start_line, end_line]")

        def run() -> str | list[dict[str, Any]]:
            info = _regular("read", target, file_path)
            media_type = _MEDIA_TYPES.get(target.suffix.lower())
            if media_type is not None:
                if view_range is not None:
                    raise ToolError("read: view_range applies to text files, not images or PDFs")
                return [_media_block(ctx, target, file_path, info.st_size, media_type)]
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


def _search_root(
    ctx: AgentToolContext, op: str, path: str | None, *, reading: bool = False
) -> Path:
    return _resolve(ctx, op, path, reading=reading) if path else Path(ctx.workdir)


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
        root = _search_root(ctx, "grep", path, reading=True)

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


# --- bash: one persistent shell -----------------------------------------------------------------

BASH_OUTPUT_LIMIT = 30_000
"""Characters of a command's output a `bash` result holds; the rest goes to a file."""
BASH_DEFAULT_TIMEOUT = 295.0
"""Seconds a command may run (a call's `timeout_ms` can only shorten it)."""
BASH_SAVED_OUTPUT_BYTES = 32 * 1024 * 1024
"""Cap of what one command's output keeps beyond `BASH_OUTPUT_LIMIT`, per stream, and of the
file a long output is saved in; more is counted, not kept."""
_BASH_READ_CHUNK = 64 * 1024
_BASH_STATUS_WIDTH = 16
"""More than the digits of any exit status, after the end marker."""
_BASH_EXIT_DRAIN = 0.2
"""Seconds to wait for the pipes after the shell ended (a background job may hold them)."""
_ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
# The shell's own output goes nowhere; commands get the pipes through 30 (out) and 31 (err).
_BASH_PROLOGUE = b"exec 30>&1 31>&2 >/dev/null 2>/dev/null\n"


def _shell_environment(env: Mapping[str, str] | None) -> dict[str, str]:
    """`env` as given, else this process's environment without its ANTHROPIC_* variables (the
    runner's credentials must not reach a model-issued `echo $ANTHROPIC_API_KEY`); plus the
    settings of a quiet, non-interactive prompt."""
    base = (
        dict(env)
        if env is not None
        else {k: v for k, v in os.environ.items() if not k.upper().startswith("ANTHROPIC_")}
    )
    return {**base, "PS1": "", "PS2": "", "TERM": "dumb", "HISTFILE": ""}


class BashResult(NamedTuple):
    """What `BashSession.exec` returns; unpacks as `output, exit_code = ...`."""

    output: str
    """Standard output then standard error (error first when the command failed), ANSI escapes
    removed; a long one is cut after `BASH_OUTPUT_LIMIT` characters and says where the whole
    output was saved."""

    exit_code: int
    """The command's status, or the shell's when the command ended the shell (-1: killed)."""


class _Stream:
    """One pipe's output during one command: the text up to `BASH_OUTPUT_LIMIT`, the rest in an
    anonymous file capped at `BASH_SAVED_OUTPUT_BYTES`; the marker that ends the command is
    looked for in a window of its own length."""

    def __init__(self, marker: str) -> None:
        self.marker = marker
        self.head = ""
        self.lines = 0
        self.ended = False
        self.status: int | None = None
        self._window = ""
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._rest: IO[bytes] | None = None
        self._rest_bytes = 0

    @property
    def cut(self) -> bool:
        return self._rest_bytes > 0

    def add(self, chunk: bytes) -> None:
        if self.ended:
            return
        self._window += self._decoder.decode(chunk)
        before, found, after = self._window.partition(self.marker)
        # The status line is written at once; the length check only bounds the window.
        if found and ("\n" in after or len(after) > _BASH_STATUS_WIDTH):
            self._keep(before.removesuffix("\n"))
            status = after.partition("\n")[0][:_BASH_STATUS_WIDTH]
            self.status = int(status) if status.lstrip("-").isdigit() else 0
            self.ended = True
            self._window = ""
        elif not found:
            keep = len(self.marker) + 1
            self._keep(self._window[:-keep])
            self._window = self._window[-keep:]

    def finish(self) -> None:
        """The command is over: keep what is left (all of it when the marker never came)."""
        if not self.ended:
            self._keep(self._window + self._decoder.decode(b"", final=True))
            self._window = ""
            self.ended = True

    def _keep(self, text: str) -> None:
        if not text:
            return
        self.lines += text.count("\n")
        room = BASH_OUTPUT_LIMIT - len(self.head)
        if room > 0:
            self.head += text[:room]
            text = text[room:]
        if not text:
            return
        data = text.encode()
        self._rest_bytes += len(data)
        with contextlib.suppress(OSError):
            if self._rest is None:
                self._rest = tempfile.TemporaryFile()
            space = BASH_SAVED_OUTPUT_BYTES - self._rest.tell()
            if space > 0:
                self._rest.write(data[:space])

    def rest(self) -> Iterator[bytes]:
        """What did not fit in `head`, as far as it was kept."""
        rest = self._rest
        if rest is None:
            return
        rest.seek(0)
        while chunk := rest.read(_BASH_READ_CHUNK):
            yield chunk

    def close(self) -> None:
        if self._rest is not None:
            with contextlib.suppress(OSError):
                self._rest.close()
            self._rest = None


class _Command:
    """The output of the running command, both pipes; filled by the reader threads, waited on
    by `exec` in its event loop."""

    def __init__(self, marker: str) -> None:
        self.stdout = _Stream(marker)
        self.stderr = _Stream(marker)
        self.changed = asyncio.Event()
        self._loop = asyncio.get_running_loop()

    @property
    def complete(self) -> bool:
        return self.stdout.ended and self.stderr.ended

    def add(self, err: bool, chunk: bytes) -> None:
        """From a reader thread, under the session's lock."""
        (self.stderr if err else self.stdout).add(chunk)
        if self.complete:
            self.wake()

    def wake(self) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is gone: nobody is waiting
            self._loop.call_soon_threadsafe(self.changed.set)


class BashSession:
    """One `/bin/bash` process that keeps its working directory, variables and background jobs
    from one `exec` to the next.

    Made by `await BashSession.start(workdir)`; ended by `await session.close()`, which kills
    the shell's whole process group and removes the files long outputs were saved in. The shell
    gets this process's environment without its ANTHROPIC_* variables (unless `env` is given,
    which replaces it), no profile and no rc file. It runs unconfined: confine it with the
    operating system (a container, a sandbox), not with `AgentToolContext`'s roots.

    Not for concurrent use: one `exec` at a time (`beta_bash_tool` serialises its calls); any
    event loop may run it. If this process dies without `close`, the shell ends when it next
    reads its input, but a command still running is not stopped.

    Buffers: two threads read the pipes as output comes, also between commands (a background
    job's output is then dropped); a command's output keeps `BASH_OUTPUT_LIMIT` characters per
    pipe in memory and at most `BASH_SAVED_OUTPUT_BYTES` more per pipe in a temporary file.
    """

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        """Use `BashSession.start`; this takes a shell it already started."""
        self._process = process
        self._killed = False
        self._exited = False
        self._lock = threading.Lock()
        self._command: _Command | None = None
        self._saved_dir: Path | None = None
        assert process.stdout is not None and process.stderr is not None
        self._readers = [
            threading.Thread(target=self._read, args=(process.stdout, False), daemon=True),
            threading.Thread(target=self._read, args=(process.stderr, True), daemon=True),
        ]
        for reader in self._readers:
            reader.start()
        self._reaper = threading.Thread(target=self._reap, daemon=True)
        self._reaper.start()

    @classmethod
    async def start(
        cls, workdir: str | os.PathLike[str], *, env: Mapping[str, str] | None = None
    ) -> BashSession:
        """Start a shell in `workdir` (see the class for `env`)."""
        process = subprocess.Popen(
            ["/bin/bash", "--noprofile", "--norc"],
            cwd=os.fspath(workdir),
            env=_shell_environment(env),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            bufsize=0,
            start_new_session=True,  # a process group of its own, for `close` to kill
        )
        session = cls(process)
        await session._write(_BASH_PROLOGUE)
        return session

    @property
    def closed(self) -> bool:
        """Whether the shell has ended (killed, closed, or ended by a command)."""
        return self._killed or self._process.returncode is not None

    async def exec(self, cmd: str, timeout: float = BASH_DEFAULT_TIMEOUT) -> BashResult:
        """Run `cmd` (any bash text, several lines too) and return its output and status.

        The command reads no input (its stdin is /dev/null). A command that ends the shell
        (`exit`) returns the shell's status and leaves the session closed; so do a timeout and
        a cancellation, which kill the shell and everything it started.

        Raises:
            TimeoutError: `cmd` ran `timeout` seconds; the message holds its output so far.
            RuntimeError: the shell had already ended.
        """
        if self.closed:
            raise RuntimeError("the bash session has ended; start a new one")
        nonce = secrets.token_hex(16)
        marker = f"__CAC_BASH_{nonce}_END__"
        # The marker is printed from two halves, so the text sent to the shell never holds it.
        half = len(marker) // 2
        quoted = cmd.replace("'", "'\\''")
        script = (
            f"{{ builtin eval '{quoted}\n'\n}} </dev/null >&30 2>&31\n"
            f"__cac_rc=$?; builtin printf '\\n%s%s%d\\n' '{marker[:half]}' '{marker[half:]}' "
            f"\"$__cac_rc\" >&30; builtin printf '\\n%s%s\\n' '{marker[:half]}' "
            f"'{marker[half:]}' >&31\n"
        )
        command = _Command(marker)
        with self._lock:
            self._command = command
        try:
            await asyncio.wait_for(self._run(command, script.encode()), timeout)
        except asyncio.TimeoutError:
            await self._kill()
            text = self._finish(command, -1)
            note = f"(command timed out after {timeout:g}s)"
            raise TimeoutError(f"{text}\n{note}" if text else note) from None
        except BaseException:
            await self._kill()
            self._finish(command, -1)
            raise
        if command.complete:
            status = command.stdout.status or 0
            return BashResult(self._finish(command, status), status)
        # The command ended the shell.
        await self._kill()
        code = self._process.returncode
        status = -1 if code is None else code
        return BashResult(self._finish(command, status), status)

    async def close(self) -> None:
        """Kill the shell and everything it started; remove the saved outputs."""
        await self._kill()
        self._remove_saved()

    # --- internals ------------------------------------------------------------------------------

    async def _run(self, command: _Command, script: bytes) -> None:
        await self._write(script)
        while not (command.complete or self._exited):
            await command.changed.wait()
            command.changed.clear()

    async def _write(self, data: bytes) -> None:
        stdin = self._process.stdin
        assert stdin is not None

        def write() -> None:
            with contextlib.suppress(OSError, ValueError):  # the shell is gone
                stdin.write(data)

        await asyncio.to_thread(write)

    def _read(self, pipe: IO[bytes], err: bool) -> None:
        """A reader thread: everything the pipe gives, to the running command or nowhere."""
        with contextlib.suppress(OSError, ValueError):
            while chunk := os.read(pipe.fileno(), _BASH_READ_CHUNK):
                with self._lock:
                    if self._command is not None:
                        self._command.add(err, chunk)

    def _reap(self) -> None:
        """The reaper thread: once the shell ended, let the readers finish (a background job
        may hold the pipes), then wake the command waiting on it."""
        self._process.wait()
        for reader in self._readers:
            reader.join(_BASH_EXIT_DRAIN)
        self._exited = True
        with self._lock:
            if self._command is not None:
                self._command.wake()

    def _finish(self, command: _Command, status: int) -> str:
        with self._lock:
            self._command = None
        try:
            command.stdout.finish()
            command.stderr.finish()
            first, second = (
                (command.stdout, command.stderr)
                if status == 0
                else (command.stderr, command.stdout)
            )
            # A line between the two when there is error output, as the official tool does.
            between = "\n" if command.stderr.head else ""
            text = (first.head + between + second.head).rstrip("\n")
            if not (first.cut or second.cut or len(text) > BASH_OUTPUT_LIMIT):
                return _ANSI_ESCAPE.sub("", text)
            kept = text[:BASH_OUTPUT_LIMIT]
            more = max(0, first.lines + second.lines + 1 - kept.count("\n"))
            where = self._save(first, second)
            return (
                f"{_ANSI_ESCAPE.sub('', kept)}\n\n... [about {more} more lines cut: the output "
                f"is over {BASH_OUTPUT_LIMIT} characters]{where}"
            )
        finally:
            command.stdout.close()
            command.stderr.close()

    def _save(self, first: _Stream, second: _Stream) -> str:
        """Write the whole output (up to `BASH_SAVED_OUTPUT_BYTES`) to a file of this session;
        the sentence naming it, or "" when it could not be written."""
        self._remove_saved()
        try:
            directory = Path(tempfile.mkdtemp(prefix="bash-output-"))
            self._saved_dir = directory
            path = directory / "output.txt"
            left = BASH_SAVED_OUTPUT_BYTES
            with path.open("wb") as f:
                for stream, separator in ((first, b"\n"), (second, b"")):
                    for data in (stream.head.encode(), *stream.rest(), separator):
                        piece = data[:left]
                        f.write(piece)
                        left -= len(piece)
        except OSError:
            return ""
        note = "" if left > 0 else f" (its first {BASH_SAVED_OUTPUT_BYTES} bytes)"
        return f" The whole output{note} is in {path}; read it with view_range."

    def _remove_saved(self) -> None:
        directory, self._saved_dir = self._saved_dir, None
        if directory is not None:
            shutil.rmtree(directory, ignore_errors=True)

    async def _kill(self) -> None:
        if not self._killed:
            self._killed = True
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self._process.pid, signal.SIGKILL)
            with contextlib.suppress(OSError, ValueError):
                if self._process.stdin is not None:
                    self._process.stdin.close()
        # The reaper ends once the shell is gone and the readers had their time.
        await asyncio.to_thread(self._reaper.join, 5.0)


class _ShellSlot:
    """The shell of one session thread, and the lock that runs its calls one at a time."""

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.session: BashSession | None = None


_BASH_RESTART_HINT = (
    "Call bash with restart: true for a new shell; it starts in the working directory, without "
    "this shell's variables, environments and background jobs."
)


class _BashTool(BetaAsyncFunctionTool[Any]):
    """The `bash` tool (see `beta_bash_tool`); `close()` ends the shells it started."""

    _slots: dict[tuple[str, str | None] | None, _ShellSlot]

    async def close(self) -> None:
        """End every shell of this tool (the session tool runner and the environment worker
        call it when their run ends). A later call starts a new shell."""
        slots, self._slots = list(self._slots.values()), {}
        for slot in slots:
            if slot.session is not None:
                await slot.session.close()
                slot.session = None


def beta_bash_tool(ctx: AgentToolContext) -> BetaAsyncFunctionTool[Any]:
    """The `bash` tool: commands in a persistent `/bin/bash` started in `ctx.workdir` with
    `ctx.env`, one shell per session thread, its calls one at a time.

    A failing command (status other than 0), a timeout or a shell that ended is an `is_error`
    result; after the shell ended, calls are refused until one passes `restart`. The tool's
    `close` (a coroutine method) ends its shells: the session tool runner and the environment
    worker call it, the Messages tool runner does not.
    """

    async def bash(
        command: str | None = None, restart: bool | None = None, timeout_ms: int | None = None
    ) -> str:
        """Run a command in a bash shell that keeps its working directory, variables and
        background jobs from one call to the next.

        Args:
            command: The bash command to run.
            restart: Replace the shell by a new one first (alone: only that).
            timeout_ms: Milliseconds the command may run (at most the default, 295 s).
        """
        timeout = BASH_DEFAULT_TIMEOUT
        if timeout_ms is not None and timeout_ms > 0:
            timeout = min(timeout, timeout_ms / 1000.0)
        slot = tool._slots.setdefault(current_session_thread.get(), _ShellSlot())
        async with slot.lock:
            if restart:
                if slot.session is not None:
                    await slot.session.close()
                    slot.session = None
                if not command:
                    return "bash: started a new shell"
            if not command:
                raise ToolError("bash: a command is required")
            if slot.session is None:
                slot.session = await ctx._start_shell()
            elif slot.session.closed:
                raise ToolError(f"[Not run: the shell has ended. {_BASH_RESTART_HINT}]")
            try:
                output, code = await slot.session.exec(command, timeout=timeout)
            except TimeoutError as exc:
                output, code = str(exc), -1
            except RuntimeError as exc:
                output, code = f"bash: {exc}", -1
            if slot.session.closed:
                output = f"{output or '(no output)'}\n[The shell has ended. {_BASH_RESTART_HINT}]"
        if code != 0:
            raise ToolError(output or "(no output)")  # the API refuses an empty error result
        return output

    tool = _BashTool(bash, name="bash")
    tool._slots = {}
    return tool


def beta_agent_toolset_20260401(ctx: AgentToolContext) -> list[BetaAsyncFunctionTool[Any]]:
    """The tools of `agent_toolset_20260401` on `ctx`: bash, read, write, edit, glob, grep (a
    list, to filter or extend; for the async runners, see the module)."""
    return [
        beta_bash_tool(ctx),
        beta_read_tool(ctx),
        beta_write_tool(ctx),
        beta_edit_tool(ctx),
        beta_glob_tool(ctx),
        beta_grep_tool(ctx),
    ]
