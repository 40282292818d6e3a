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
# Characters of article text: the TEXT element without its tags.
chars=$(find "$gold" -name '*.tml' -exec sh -c 'tr "\n" " " < "$1" | grep -o "<TEXT>.*</TEXT>" | sed "s/<[^>]*>//g"' _ {} \; | wc -m)
echo "TempEval-3 development set: $docs documents, $chars characters of text, $(date -u +%Y-%m-%d)"
for engine in "${engines[@]}"; do
  out=$(mktemp -d)
  /usr/bin/time -f "%e %U %S %M" -o "$out/time" taskset -c 0 $cli timeml "$gold" "$out/sys" --engine "$engine"
  read -r wall user sys rss < "$out/time"
  cpu=$(echo "$user + $sys" | bc)
  echo "== engine $engine: timeml on one core: ${wall} s wall, ${cpu} s CPU (start-up included), $(echo "scale=1; $docs / $cpu" | bc) documents/s and $(echo "scale=0; $chars / $cpu" | bc) characters/s per CPU second, peak RSS ${rss} KB"
  $cli eval-timex "$gold" "$out/sys" --json "$out/scores.json"
  rm -rf "$out"
done
