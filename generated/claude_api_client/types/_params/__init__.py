# generated from openapi/ by scripts/generate, do not edit
