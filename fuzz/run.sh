#!/usr/bin/env bash
# Runs every cargo-fuzz target for SECONDS (default 60) each, on nightly.
# The corpus starts from seeds/ and corpus/dev/ (never corpus/blind): each
# paragraph of each text becomes one input (a first byte of 0 = every kind, no
# reference date).
# Usage: bash fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-60}"; shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=($(cargo +nightly fuzz list))
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  python3 - "$t" <<'PY'
import pathlib, sys, hashlib
target = sys.argv[1]
out = pathlib.Path("corpus") / target
texts = sorted(pathlib.Path("../seeds").glob("*.txt"))
texts += sorted(pathlib.Path("../corpus/dev").glob("*.txt"))
for seed in texts:
    for para in seed.read_text(encoding="utf-8").split("\n"):
        para = para.strip()
        if not para:
            continue
        data = b"\x00" + para.encode("utf-8")
        if target == "numeral":
            data = data[:49]
        (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
PY
  echo "== $t: ${secs}s"
  cargo +nightly fuzz run "$t" "corpus/$t" -- -max_total_time="$secs" -rss_limit_mb=2048 \
    -max_len=$([ "$t" = numeral ] && echo 49 || echo 4096) 2>&1 | tail -n 12
done
