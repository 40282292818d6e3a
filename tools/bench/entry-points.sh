#!/usr/bin/env bash
# Cold-process time of `eventtimeline build` on the 256 TempEval-3 development articles from each way of running the
# tool: the Release build (ReadyToRun), `dotnet publish` (Native AOT) and the installed .NET tool (ReadyToRun; packed and
# installed into a temporary tool path), in turns, one job, median of ROUNDS runs each; then the start-up figures of the
# Release build and the published executable (median of ROUNDS cold runs each): `--help`, `query --actor` (the surname of
# the first person `actors` lists) on the seeds' timeline.json, and `build` of one seed article.
#
# Usage: tools/bench/entry-points.sh [ROUNDS]      (default 5; run from anywhere, needs ../shared beside the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rounds="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"

echo "building the three entry points (this takes a few minutes)..." >&2
dotnet publish src/EventTimeline.Cli -c Release -o "$work/publish" -v quiet -nologo >/dev/null
published="$work/publish/eventtimeline"
dotnet pack src/EventTimeline.Cli -c Release -o "$work/nupkg" -v quiet -nologo >/dev/null
# Last: packing builds the project once without ahead-of-time compilation into the same bin/Release folder.
dotnet build src/EventTimeline.Cli -c Release --no-incremental -v quiet -nologo >/dev/null
release="$root/src/EventTimeline.Cli/bin/Release/net10.0/eventtimeline"
# A package of the same version left in the NuGet cache by an earlier install would be taken instead of this one.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/eventtimeline "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/eventtimeline.*
dotnet tool install --tool-path "$work/tool" --add-source "$work/nupkg" EventTimeline >/dev/null
installed="$work/tool/eventtimeline"

"$release" bench ../shared/data/tempeval3-dev --write-corpus "$work/devtxt" >/dev/null
mkdir -p "$work/one"
first_seed="$(ls seeds/*.txt | head -n 1)"
cp "$first_seed" "$work/one/"

# seconds of wall time of one cold run of "$@"
wall() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A times
names=(release published installed)
declare -A binaries=([release]="$release" [published]="$published" [installed]="$installed")
for ((round = 1; round <= rounds; round++)); do
  for name in "${names[@]}"; do
    rm -rf "$work/out-$name"
    times[$name]+="$(wall taskset -c 0 "${binaries[$name]}" build "$work/devtxt" --out "$work/out-$name" --jobs 1 -q) "
  done
done

echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| entry point | build, 256 articles, one core: median wall s | runs | ratio to Release |"
echo "|---|---|---|---|"
base=$(echo "${times[release]}" | tr ' ' '\n' | grep . | median)
for name in "${names[@]}"; do
  m=$(echo "${times[$name]}" | tr ' ' '\n' | grep . | median)
  printf '| %s | %.2f | %s | %.2fx |\n' "$name" "$m" "$(echo "${times[$name]}" | xargs)" "$(echo "$m / $base" | bc -l)"
done
for name in published installed; do
  if ! diff -rq "$work/out-release" "$work/out-$name" >/dev/null; then
    echo "outputs of $name differ from the Release build's" >&2
    exit 1
  fi
done

echo
echo "| start-up (cold process) | entry point | median wall s | runs |"
echo "|---|---|---|---|"
# The query names the first person `actors` lists by surname, as a user types it ("Kerry"), so the name index is used.
person="$("$release" actors --input "$root/output/timeline.json" | awk '$NF ~ /^person:/ { for (i = 1; $(i + 1) != "person"; i++) {} print $i; exit }')"
declare -A startup
for ((round = 1; round <= rounds; round++)); do
  for name in release published; do
    binary="${binaries[$name]}"
    startup[help-$name]+="$(wall "$binary" --help) "
    startup[query-$name]+="$(wall "$binary" query --actor "$person" --input "$root/output/timeline.json") "
    rm -rf "$work/one-out"
    startup[build1-$name]+="$(wall "$binary" build "$work/one" --out "$work/one-out" -q) "
  done
done
for what in help query build1; do
  label=$([ "$what" = help ] && echo '`eventtimeline --help`' || ([ "$what" = query ] && echo "\`query --actor $person\` on output/timeline.json" || echo '`build` of one seed article'))
  for name in release published; do
    m=$(echo "${startup[$what-$name]}" | tr ' ' '\n' | grep . | median)
    printf '| %s | %s | %.3f | %s |\n' "$label" "$name" "$m" "$(echo "${startup[$what-$name]}" | xargs)"
  done
done
