#!/usr/bin/env bash
# The long-run mode of README.md: each large-input target for SECONDS (default 3600) on inputs of
# up to 1 MB, failing on any input slower than a second. Needs cargo-fuzz and a nightly toolchain.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-3600}"
for target in quantity selector_parse field_selector object_meta; do
  echo "=== $target ($seconds s) ==="
  cargo +nightly fuzz run "$target" -- -max_len=1048576 -timeout=1 -report_slow_units=1 \
    -rss_limit_mb=4096 -max_total_time="$seconds"
done
