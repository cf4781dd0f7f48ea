"""Run by the official package's interpreter (not ours): makes each call of fallback_calls.py
named on the command line with `anthropic` against the server at BASE_URL, and prints its result
as JSON, one line per call.

    python official_fallback_probe.py BASE_URL API_KEY CALL...
"""

from __future__ import annotations

import json
import sys

import anthropic

import fallback_calls

if __name__ == "__main__":
    base_url, api_key, *calls = sys.argv[1:]
    for name in calls:
        print(json.dumps(fallback_calls.CALL[name](anthropic, base_url, api_key)), flush=True)
