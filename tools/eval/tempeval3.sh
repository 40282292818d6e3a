#!/usr/bin/env bash
# Scores the date layer on the TempEval-3 development set (TimeBank + AQUAINT, gold DCTs) for each engine,
# and times the timeml verb. Usage: tools/eval/tempeval3.sh [ENGINE...]   (default: native microsoft)
set -euo pipefail
cd "$(dirname "$0")/../.."
gold=${TEMPEVAL3_DEV:-../shared/data/tempeval3-dev}
engines=("$@")
[ ${#engines[@]} -gt 0 ] || engines=(native microsoft)

dotnet build src/EventTimeline.Cli -c Release -v quiet -nologo >/dev/null
cli="dotnet src/EventTimeline.Cli/bin/Release/net10.0/eventtimeline.dll"
docs=$(find "$gold" -name '*.tml' | wc -l)
chars=$(find "$gold" -name '*.tml' -print0 | xargs -0 cat | wc -c)
echo "TempEval-3 development set: $docs documents ($chars bytes of TimeML), $(date -u +%Y-%m-%d)"
for engine in "${engines[@]}"; do
  out=$(mktemp -d)
  start=$(date +%s.%N)
  taskset -c 0 $cli timeml "$gold" "$out/sys" --engine "$engine"
  end=$(date +%s.%N)
  echo "== engine $engine: timeml on one core took $(echo "$end - $start" | bc) s (including start-up)"
  $cli eval-timex "$gold" "$out/sys" --json "$out/scores.json"
  rm -rf "$out"
done
