"""Small wrappers around the git command line."""

from __future__ import annotations

import subprocess
from pathlib import Path


class GitError(Exception):
    pass


def git(root: Path, *args: str, check: bool = True) -> str:
    """Run git in `root` and return its standard output without the trailing newline."""
    result = subprocess.run(
        ["git", *args], cwd=root, capture_output=True, text=True, encoding="utf-8"
    )
    if check and result.returncode != 0:
        raise GitError(f"git {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout.rstrip("\n")


def is_repo(root: Path) -> bool:
    return git(root, "rev-parse", "--git-dir", check=False) != ""


def resolve(root: Path, ref: str) -> str | None:
    """The commit a ref names, or None when it names none."""
    out = git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False)
    return out or None


def export(root: Path, ref: str, dest: Path, *paths: str) -> None:
    """Write the tree of `ref` (optionally only `paths`) into `dest`, as `git archive` sees it."""
    dest.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, "--", *paths], cwd=root, capture_output=True
    )
    if archive.returncode != 0:
        raise GitError(f"git archive {ref} failed: {archive.stderr.decode().strip()}")
    untar = subprocess.run(
        ["tar", "-x", "-C", str(dest)], input=archive.stdout, capture_output=True
    )
    if untar.returncode != 0:
        raise GitError(f"unpacking {ref} failed: {untar.stderr.decode().strip()}")


def commit_time(root: Path, ref: str = "HEAD") -> int:
    return int(git(root, "log", "-1", "--format=%ct", ref))


def status(root: Path) -> list[str]:
    """`git status --porcelain` lines: empty when the tree is clean (ignored files aside)."""
    out = git(root, "status", "--porcelain", "--untracked-files=normal")
    return [line for line in out.splitlines() if line]


def subjects(root: Path, since: str | None, until: str = "HEAD") -> list[str]:
    """Subjects of the non-merge commits after `since` up to `until`, oldest first."""
    span = f"{since}..{until}" if since else until
    out = git(root, "log", "--no-merges", "--reverse", "--format=%s", span)
    return [line for line in out.splitlines() if line]


def worktree_files(root: Path) -> list[str]:
    """Tracked and untracked-but-not-ignored files that exist in the working tree."""
    out = git(root, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    return sorted({p for p in out.split("\0") if p and (root / p).is_file()})
