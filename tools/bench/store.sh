#!/usr/bin/env bash
# The store's benchmark (docs/speed.md, Store): N generated documents through `build --store` (SQLite) on one core, then 1,000 more
# and a rebuild, compared with a plain build of all of them (only up to 10,000 documents: a plain build holds the whole corpus);
# `query --actor` on the store, timed inside the process (EVENTTIMELINE_TRACE: from the query command to the answer, wall and processor time); then, when
# EVENTTIMELINE_POSTGRES names a server whose user may create databases, one and two PostgreSQL `extract` workers (one job each).
# Peak memory is /usr/bin/time's maximum resident set; each build's stages are traced (time, heap, peak) to WORK_DIR/*.trace.
# Usage: tools/bench/store.sh [N] [WORK_DIR]   (default 100000, a fresh temporary folder). Needs the Release build, or ET=path/to/eventtimeline;
# ET_QUERY=PATH times the queries with the executable at PATH instead (the Native AOT one `dotnet publish` makes).
set -euo pipefail
cd "$(dirname "$0")/../.."
n="${1:-100000}"
work="${2:-$(mktemp -d /tmp/eventtimeline-store-bench.XXXXXX)}"
et=("${ET:-src/EventTimeline.Cli/bin/Release/net10.0/eventtimeline}")
query_et="${ET_QUERY:-${et[0]}}"
[ -x "${et[0]}" ] || { echo "build the Release build first: dotnet build -c Release src/EventTimeline.Cli" >&2; exit 1; }
mkdir -p "$work"
total=$((n + 1000))

# Seeded: the same N + 1,000 documents every time; the first N go in first, the last 1,000 are the day's intake.
[ -d "$work/all" ] || "${et[@]}" bench --write-corpus "$work/all" --generate "$total" >/dev/null
if [ ! -d "$work/base" ]; then
  mkdir -p "$work/base"
  python3 - "$work/all" "$work/base" "$n" <<'PY'
import json, os, sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
manifest = json.load(open(os.path.join(src, "manifest.json")))
names = sorted(name for name in os.listdir(src) if name.endswith(".txt"))[:n]
for name in names:
    os.link(os.path.join(src, name), os.path.join(dst, name))
keep = set(names)
if isinstance(manifest, dict):
    manifest = {k: v for k, v in manifest.items() if k in keep}
else:
    manifest = [m for m in manifest if m.get("file", m.get("path")) in keep]
json.dump(manifest, open(os.path.join(dst, "manifest.json"), "w"))
PY
fi

measure() {  # label, trace file, command...: wall seconds and peak resident set, one core
  local label="$1" trace="$2"; shift 2
  echo "== $label ($(date -u +%H:%M:%S) UTC, load:$(uptime | sed 's/.*load average://'))"
  EVENTTIMELINE_TRACE=1 /usr/bin/time -v -o "$trace.time" taskset -c 0 "$@" 2>"$trace" || { tail -5 "$trace"; return 1; }
  python3 - "$label" "$trace.time" <<'PY'
import re, sys
label, text = sys.argv[1], open(sys.argv[2]).read()
get = lambda key: re.search(re.escape(key) + r": (.*)", text).group(1).strip()
wall = get("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
seconds = sum(float(part) * 60 ** i for i, part in enumerate(reversed(wall)))
print(f"{label}: {seconds:.1f} s wall, {get('User time (seconds)')} s user, {get('System time (seconds)')} s system, peak {int(get('Maximum resident set size (kbytes)')) / 1024:.0f} MB")
PY
}

rm -rf "$work/store.db"* "$work/out-"*
measure "store build of $n" "$work/first.trace" "${et[@]}" build "$work/base" --store "$work/store.db" --out "$work/out-first" --jobs 1 -q
measure "store rebuild with 1000 more" "$work/incremental.trace" "${et[@]}" build "$work/all" --store "$work/store.db" --out "$work/out-incremental" --jobs 1 -q
if [ "$total" -le 11000 ]; then
  measure "plain build of $total" "$work/plain.trace" "${et[@]}" build "$work/all" --out "$work/out-plain" --jobs 1 -q
  for f in "$work/out-plain"/*; do
    cmp -s "$f" "$work/out-incremental/$(basename "$f")" && echo "same: $(basename "$f")" || echo "DIFFERENT: $(basename "$f")"
  done
fi
# The most frequent actor (the largest answer) and the 100th (a typical one).
for actor in $("${et[@]}" actors --store "$work/store.db" --format json | python3 -c 'import json,sys; a=json.load(sys.stdin)["actors"]; print(a[0]["id"], a[min(99, len(a) - 1)]["id"])'); do
for _ in 1 2 3; do
  # The trace's first column is seconds since the process started: the answer's time minus the command's start is the query's own time.
  EVENTTIMELINE_TRACE=1 /usr/bin/time -f "query --actor '$actor' --store: %e s wall, %U s user for the whole process" "$query_et" query --actor "$actor" --store "$work/store.db" 2>&1 >/dev/null \
    | awk -v actor="$actor" 'function cpu() { for (i = 1; i < NF; i++) if ($i == "processor") return $(i + 1) }
        /query command/ {s=$2; c=cpu()} /answered/ {printf "query --actor %s --store: %.0f ms from the command to the answer, %.0f ms of processor time\n", actor, ($2-s)*1000, (cpu()-c)*1000} /for the whole process/ {print}'
done
done
ls -l "$work/store.db"

if [ -n "${EVENTTIMELINE_POSTGRES:-}" ]; then
  for workers in 1 2; do
    db="et_bench_$workers"
    psql "$(python3 -c 'import sys; print(" ".join(p.replace("Host","host").replace("Port","port").replace("Username","user").replace("Database","dbname") for p in sys.argv[1].split(";") if p))' "$EVENTTIMELINE_POSTGRES")" \
      -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
    pg="$(echo "$EVENTTIMELINE_POSTGRES" | sed "s/Database=[^;]*/Database=$db/")"
    "${et[@]}" build "$work/all" --store "$pg" --no-extract --jobs 2 -q
    echo "== $workers PostgreSQL extract worker(s) on $total documents ($(date -u +%H:%M:%S) UTC, load:$(uptime | sed 's/.*load average://'))"
    start=$(date +%s.%N)
    pids=()
    for w in $(seq "$workers"); do
      "${et[@]}" extract --store "$pg" --jobs 1 & pids+=($!)
    done
    wait "${pids[@]}"
    end=$(date +%s.%N)
    python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'$workers worker(s): {s:.1f} s, {$total/s:.1f} documents/s')" "$start" "$end"
  done
fi
