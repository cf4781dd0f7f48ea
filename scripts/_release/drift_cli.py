"""scripts/api-drift: what a vendor OpenAPI document has that ours lacks or describes differently."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import documents, drift

EXIT_OK, EXIT_DRIFT, EXIT_USAGE = 0, 1, 2

EPILOG = (
    """\
VENDOR is a single-file OpenAPI document (JSON or YAML), in the vendor's shape (beta operations
under `?beta=true` path keys) or in ours (one operation, `x-beta` marks); --ours takes the same
names as scripts/diff-api (., a git ref, a root openapi.yaml, a bundled .json) or another vendor
file, to compare two vendor copies with each other.

groups, in the order to work through them:
"""
    + "\n".join(f"  {name:<14} {what}" for name, what in drift.GROUPS)
    + """

exit status: 0 (or, with --fail-on-drift, 0 when the vendor has nothing we lack), 1 drift found
with --fail-on-drift, 2 usage or input error

examples:
  scripts/api-drift ../shared/reference/anthropic-openapi.stainless-2026-08.json
  scripts/api-drift NEW.json --ours OLD.json --summary     what changed between two vendor copies
  scripts/api-drift NEW.json --json > drift.json
"""
)


def render_text(ours: str, vendor: str, findings: Sequence[drift.Finding], limit: int) -> str:
    lines = [f"API drift: {vendor} against {ours}"]
    counts = drift.summary(findings)
    for name, what in drift.GROUPS:
        group = [f for f in findings if f.group == name]
        if not group:
            continue
        lines += ["", f"{what} [{name}] ({len(group)}):"]
        shown = group if limit <= 0 else group[:limit]
        lines += [f"  {f.line()}" for f in shown]
        if len(shown) < len(group):
            lines.append(f"  … {len(group) - len(shown)} more (--limit 0 shows all)")
    lines += ["", render_summary(counts)]
    return "\n".join(lines)


def render_summary(counts: dict[str, int]) -> str:
    lacking = sum(v for k, v in counts.items() if k != "only-ours")
    parts = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
    return f"Summary: {lacking} to review ({parts or 'nothing'})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/api-drift",
        description="List, grouped and ranked, what a vendor OpenAPI document has that ours "
        "lacks or describes differently: operations, parameters, fields, union members, enum "
        "values, required/nullable/type and GA/beta differences.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("vendor", help="the vendor document (single file, JSON or YAML)")
    parser.add_argument(
        "--ours", default=".", help="our side (default: the working tree's openapi/)"
    )
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.add_argument("--summary", action="store_true", help="print only the counts per group")
    parser.add_argument(
        "--limit", type=int, default=25, help="lines shown per group (default 25; 0 for all)"
    )
    parser.add_argument(
        "--fail-on-drift",
        action="store_true",
        help="exit 1 when the vendor has something we lack (any group but only-ours)",
    )
    args = parser.parse_args(argv)
    try:
        ours_label, ours = documents.load(args.ours)
        vendor_label, vendor = documents.load(args.vendor)
        findings = drift.drift(ours, vendor)
    except documents.DocumentError as exc:
        print(f"api-drift: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ValueError as exc:  # an unresolved reference inside a document
        print(f"api-drift: {exc}", file=sys.stderr)
        return EXIT_USAGE
    counts = drift.summary(findings)
    if args.json:
        payload = {
            "ours": ours_label,
            "vendor": vendor_label,
            "summary": counts,
            "findings": [f.__dict__ for f in findings],
        }
        print(json.dumps(payload, indent=1))
    elif args.summary:
        print(f"API drift: {vendor_label} against {ours_label}")
        for name, what in drift.GROUPS:
            print(f"  {name:<14} {counts[name]:>5}  {what}")
        print(render_summary(counts))
    else:
        print(render_text(ours_label, vendor_label, findings, args.limit))
    lacking = sum(v for k, v in counts.items() if k != "only-ours")
    return EXIT_DRIFT if args.fail_on_drift and lacking else EXIT_OK
