"""scripts/diff-api: compare two versions of the OpenAPI document and classify the changes."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import apidiff, documents

EXIT_OK, EXIT_BREAKING, EXIT_USAGE = 0, 1, 2

EPILOG = """\
OLD and NEW each name a version of the document:
  path/to/openapi.yaml   root file of the split form (bundled on the fly)
  path/to/openapi.json   a bundled document (e.g. dist/claude-api-client-X.Y.Z-openapi.json)
  . or worktree          openapi/ in the working tree
  HEAD~3, v0.1.0, <sha>  openapi/ at a git ref (exported with git archive, then bundled)
  empty                  no operations, no schemas

exit status: 0 nothing breaking, 1 breaking changes, 2 usage or input error

examples:
  scripts/diff-api v0.1.0 .          what changed since the 0.1.0 release
  scripts/diff-api HEAD . --json     machine-readable, for CI
"""


def render_text(old_label: str, new_label: str, changes: Sequence[apidiff.Change]) -> str:
    lines = [f"API diff: {old_label} → {new_label}"]
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    if not changes:
        lines.append("No API changes.")
        return "\n".join(lines)
    for title, group, mark in (
        ("Breaking changes", breaking, "!"),
        ("Non-breaking changes", other, "+"),
    ):
        if group:
            lines.append("")
            lines.append(f"{title} ({len(group)}):")
            lines.extend(f"  {mark} {c.kind:<10} {c.subject:<12} {c.line()}" for c in group)
    lines.append("")
    lines.append(f"Summary: {len(breaking)} breaking, {len(other)} non-breaking")
    return "\n".join(lines)


def render_json(old_label: str, new_label: str, changes: Sequence[apidiff.Change]) -> str:
    payload = {
        "old": old_label,
        "new": new_label,
        "breaking": [c.to_dict() for c in changes if c.breaking],
        "non_breaking": [c.to_dict() for c in changes if not c.breaking],
        "summary": {
            "breaking": sum(c.breaking for c in changes),
            "non_breaking": sum(not c.breaking for c in changes),
        },
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/diff-api",
        description="List the differences between two versions of the OpenAPI document and "
        "classify each as breaking or not for SDK users.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "old", metavar="OLD", help="the earlier version (path, git ref, . or empty)"
    )
    parser.add_argument("new", metavar="NEW", help="the later version (path, git ref, . or empty)")
    parser.add_argument("--json", action="store_true", help="print the changes as JSON")
    parser.add_argument(
        "--breaking-only", action="store_true", help="list only the breaking changes"
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on a usage error and 0 on --help
        return int(exc.code or 0)
    try:
        old_label, old = documents.load(args.old)
        new_label, new = documents.load(args.new)
        changes = apidiff.diff(old, new)
    except (documents.DocumentError, ValueError) as exc:
        print(f"scripts/diff-api: {exc}", file=sys.stderr)
        return EXIT_USAGE
    shown = [c for c in changes if c.breaking] if args.breaking_only else changes
    render = render_json if args.json else render_text
    print(render(old_label, new_label, shown))
    return EXIT_BREAKING if any(c.breaking for c in changes) else EXIT_OK
