"""Write a release's entry into CHANGELOG.md (Keep a Changelog 1.1.0).

The release takes the hand-written notes under `## [Unreleased]`, adds what the API diff and the
commit subjects say, files the lot under `## [X.Y.Z] - YYYY-MM-DD` and leaves Unreleased empty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .apidiff import Change

SECTIONS = ("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security")
UNRELEASED = "## [Unreleased]"
FIX = re.compile(r"^(fix|fixes|fixed|bugfix|hotfix)\b|\bfix(es|ed)?\b", re.IGNORECASE)
RELEASE_COMMIT = re.compile(r"^Release \d", re.IGNORECASE)


class ChangelogError(Exception):
    pass


def _item(c: Change) -> str:
    side = f" ({c.side})" if c.side else ""
    prefix = "**Breaking:** " if c.breaking else ""
    return f"{prefix}`{c.location}`{side}: {c.message}"


def api_items(changes: Sequence[Change], initial: bool) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {s: [] for s in SECTIONS}
    if initial:
        ops = [c for c in changes if c.subject == "operation" and c.kind == "added"]
        types = [c for c in changes if c.subject == "schema" and c.kind == "added"]
        out["Added"].append(
            f"First release: {len(ops)} API operations (GA and beta) and {len(types)} typed "
            "models, generated from our OpenAPI document (published beside the release as "
            "`claude-api-client-<version>-openapi.json`)."
        )
        out["Added"].extend(f"`{c.location}`" for c in ops)
        return out
    section = {
        "added": "Added",
        "changed": "Changed",
        "deprecated": "Deprecated",
        "removed": "Removed",
    }
    for c in changes:
        out[section.get(c.kind, "Changed")].append(_item(c))
    return out


def commit_items(subjects: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {s: [] for s in SECTIONS}
    for s in subjects:
        if RELEASE_COMMIT.match(s):
            continue
        out["Fixed" if FIX.search(s) else "Changed"].append(s)
    return out


def _split(lines: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """Hand-written Unreleased notes: free text before the first ### heading, and sections."""
    preface: list[str] = []
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in lines:
        m = re.match(r"^###\s+(.*\S)\s*$", line)
        if m:
            current = sections.setdefault(m.group(1).strip(), [])
        elif current is None:
            preface.append(line)
        else:
            current.append(line)
    return preface, sections


def _strip(lines: list[str]) -> list[str]:
    while lines and not lines[0].strip():
        lines = lines[1:]
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def render_entry(
    version: str,
    date: str,
    hand: list[str],
    generated: Sequence[dict[str, list[str]]],
    summary: str | None = None,
) -> str:
    preface, sections = _split(hand)
    lines = [f"## [{version}] - {date}", ""]
    preface = _strip(preface)
    if summary:
        preface = [summary, *([""] if preface else []), *preface]
    if preface:
        lines += [*preface, ""]
    names = list(SECTIONS) + [s for s in sections if s not in SECTIONS]
    for name in names:
        body = _strip(sections.get(name, []))
        for gen in generated:
            body += [f"- {item}" for item in gen.get(name, [])]
        if body:
            lines += [f"### {name}", "", *body, ""]
    if len(lines) == 2:
        lines += ["No user-visible changes.", ""]
    return "\n".join(lines)


def has_version(text: str, version: str) -> bool:
    return re.search(rf"^## \[{re.escape(version)}\]", text, re.MULTILINE) is not None


def insert(
    text: str,
    version: str,
    date: str,
    generated: Sequence[dict[str, list[str]]],
    summary: str | None = None,
    repo_url: str | None = None,
    previous: str | None = None,
) -> str:
    """Return CHANGELOG text with the release entry filed under its version."""
    lines = text.splitlines()
    try:
        start = lines.index(UNRELEASED)
    except ValueError:
        raise ChangelogError(f"CHANGELOG.md has no '{UNRELEASED}' heading") from None
    end = start + 1
    while (
        end < len(lines)
        and not lines[end].startswith("## ")
        and not re.match(r"^\[[^\]]+\]:\s", lines[end])
    ):
        end += 1
    entry = render_entry(version, date, lines[start + 1 : end], generated, summary)
    out = [
        *lines[:start],
        UNRELEASED,
        "",
        *entry.splitlines(),
        *([""] if end < len(lines) else []),
        *lines[end:],
    ]
    result = "\n".join(out).rstrip("\n") + "\n"
    if repo_url:
        result = _links(result, version, repo_url.rstrip("/"), previous)
    return result


def _links(text: str, version: str, url: str, previous: str | None) -> str:
    unreleased = f"[Unreleased]: {url}/compare/v{version}...HEAD"
    this = (
        f"[{version}]: {url}/compare/v{previous}...v{version}"
        if previous
        else f"[{version}]: {url}/releases/tag/v{version}"
    )
    lines = text.rstrip("\n").splitlines()
    for i, line in enumerate(lines):
        if line.startswith("[Unreleased]:"):
            lines[i : i + 1] = [unreleased, this]
            break
    else:
        lines += ["", unreleased, this]
    return "\n".join(lines) + "\n"
