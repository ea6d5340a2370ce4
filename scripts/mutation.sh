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
# Usage: scripts/mutation.sh [mutant-name globs...]   (no glob: every function below)
#        scripts/mutation.sh meta-ingest                (run D: FrameMeta.parse, its helpers,
#                                                        parse_meta, check_capture_time,
#                                                        capture_window, frame_relpath,
#                                                        ingest_frame)
#   MUTATION_JOBS=N  parallel mutants (default 2: the machine is shared; run D used 1)
#   MUTATION_NICE=N  niceness of the run (default 10)
#   Mutant names: module.x_function__mutmut_N, module.xǁClassǁmethod__mutmut_N (U+01C1).
#   Then: .venv/bin/mutmut results          list survivors
#         .venv/bin/mutmut show NAME        the diff of one mutant
#         .venv/bin/mutmut run NAME         rerun one mutant (after adding a test)
set -euo pipefail
cd "$(dirname "$0")/.."

FUNCTIONS=(
  "tracker.ingest.x_max_upload_bytes__mutmut_*"
  "tracker.ingest.x_validate_image__mutmut_*"
  "tracker.ingest.x_parse_meta__mutmut_*"
  "tracker.ingest.x_check_capture_time__mutmut_*"
  "tracker.ingest.x_capture_window__mutmut_*"
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
META_INGEST=(
  "timenet_core.frame_meta.xǁFrameMetaǁparse__mutmut_*"
  "timenet_core.frame_meta.x__*"  # _reject_constant, _load_object, _aware_time, _number, _text
  "tracker.ingest.x_parse_meta__mutmut_*"
  "tracker.ingest.x_check_capture_time__mutmut_*"
  "tracker.ingest.x_capture_window__mutmut_*"
  "tracker.ingest.x_frame_relpath__mutmut_*"
  "tracker.ingest.x_ingest_frame__mutmut_*"
)
if [[ $# -eq 0 ]]; then
  set -- "${FUNCTIONS[@]}"
elif [[ $1 == meta-ingest ]]; then
  set -- "${META_INGEST[@]}"
fi

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
rc=0  # a stopped run (Ctrl-C) still gets its summary of what ran
nice -n "${MUTATION_NICE:-10}" .venv/bin/mutmut run --max-children "${MUTATION_JOBS:-2}" "$@" || rc=$?
echo "wall time: $(( $(date +%s) - start )) s"
# Per function: mutants of the globs run, and their outcome (the figures in docs/testing.md),
# then each one not killed by name.
.venv/bin/python - "$@" <<'PY'
import collections, fnmatch, json, pathlib, re, sys
from mutmut.stats import status_by_exit_code
counts = collections.defaultdict(collections.Counter)
others = []
for meta in sorted(pathlib.Path("mutants").rglob("*.py.meta")):
    for name, code in json.loads(meta.read_text())["exit_code_by_key"].items():
        if any(fnmatch.fnmatch(name, glob) for glob in sys.argv[1:]):
            status = status_by_exit_code[code]
            counts[re.sub(r"__mutmut_\d+$", "", name)][status] += 1
            if status != "killed":
                others.append(f"{name}: {status}")
for function, by_status in sorted(counts.items()):
    print(f"{function}: {sum(by_status.values())} mutants, {dict(sorted(by_status.items()))}")
print("\n".join(others))
PY
exit $rc
