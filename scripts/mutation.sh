#!/usr/bin/env bash
# Mutation testing of TimeNet's protections with mutmut 3 (config: [tool.mutmut] in
# pyproject.toml). Slow, so not part of `make test`; results and accepted survivors are in
# docs/testing.md.
#
# Mutated: ingest validation (tracker/ingest.py, timenet_core/frame_meta.py), claims
# (tracker/classify.py claim/release/fail/save), the agent's spool (agent/spool.py), device auth
# (tracker/devices.py), model verification (ml/meta.py sha256 check). Only the protection
# functions below are run; mutmut copies the tree into mutants/ (git-ignored) and runs, per
# mutant, only the selected tests that reach the mutated function.
#
# Usage: scripts/mutation.sh [extra mutant-name globs...]
#   MUTATION_JOBS=N  parallel mutants (default 2: the machine is shared)
#   Then: .venv/bin/mutmut results          list survivors
#         .venv/bin/mutmut show NAME        the diff of one mutant
set -euo pipefail
cd "$(dirname "$0")/.."

FUNCTIONS=(
  "tracker.ingest.x_max_upload_bytes__mutmut_*"
  "tracker.ingest.x_validate_image__mutmut_*"
  "tracker.ingest.x_parse_meta__mutmut_*"
  "tracker.ingest.x_frame_relpath__mutmut_*"
  "tracker.ingest.x_ingest_frame__mutmut_*"
  "timenet_core.frame_meta.*"
  "tracker.classify.x_claim_frames__mutmut_*"
  "tracker.classify.x_release_frames__mutmut_*"
  "tracker.classify.x_fail_frame__mutmut_*"
  "tracker.classify.x_save_predictions__mutmut_*"
  "agent.spool.*"
  "tracker.devices.*"
  "ml.meta.x_sha256_file__mutmut_*"
  "ml.meta.x_verify_weights__mutmut_*"
  "ml.meta.x_read_verified_meta__mutmut_*"
)

# mutmut copies only source_paths (+ also_copy) into mutants/: every top-level package must be
# listed there, or Django cannot import a new app inside mutants/.
.venv/bin/python - <<'PY'
import pathlib, sys, tomllib
listed = set(tomllib.loads(pathlib.Path("pyproject.toml").read_text())["tool"]["mutmut"]["source_paths"])
found = {p.parent.name for p in pathlib.Path(".").glob("*/__init__.py")} - {"tests"}
if found - listed:
    sys.exit(f"add {sorted(found - listed)} to [tool.mutmut] source_paths in pyproject.toml")
PY

start=$(date +%s)
.venv/bin/mutmut run --max-children "${MUTATION_JOBS:-2}" "${FUNCTIONS[@]}" "$@"
echo "wall time: $(( $(date +%s) - start )) s"
# Survivors, timeouts and the like (killed mutants are not listed).
.venv/bin/mutmut results
