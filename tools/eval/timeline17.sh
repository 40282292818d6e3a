#!/usr/bin/env bash
# Timeline summarization on the Timeline17 development topics, the usual protocol: for each journalists' timeline, build its topic's
# docs/ (once per topic), summarize with L = its number of dates, K = its mean sentences per date rounded, --from/--to its first and
# last date, --format tilse, then score all timelines with eval-tls.
# Usage: tools/eval/timeline17.sh [WORK_DIR]   (WORK_DIR keeps the builds: a topic already built there is not built again)
# Environment: TIMELINE17_DEV (default ../shared/data/timeline17-dev), CONFIGURATION (default Release), JOBS (build --jobs).
set -euo pipefail
cd "$(dirname "$0")/../.."
data=${TIMELINE17_DEV:-../shared/data/timeline17-dev}
configuration=${CONFIGURATION:-Release}
work=${1:-$(mktemp -d)}
mkdir -p "$work"
work=$(cd "$work" && pwd)

dotnet build src/EventTimeline.Cli -c "$configuration" -v quiet -nologo >/dev/null
cli="dotnet src/EventTimeline.Cli/bin/$configuration/net10.0/eventtimeline.dll"
echo "Timeline17 development topics in $data, $(date -u +%Y-%m-%dT%H:%MZ), work folder $work"
rm -rf "$work/gold" "$work/system"
mkdir -p "$work/gold" "$work/system"
start=$(date +%s)
for topic_dir in "$data"/*/; do
  topic=$(basename "$topic_dir")
  out="$work/build/$topic"
  if [ ! -f "$out/timeline.json" ]; then
    echo "== build $topic: $(find "$topic_dir/docs" -name '*.txt' | wc -l) articles"
    code=0
    $cli build "$topic_dir/docs" --out "$out" --quiet --svg-max-nodes 0 ${JOBS:+--jobs "$JOBS"} || code=$?
    [ "$code" -le 2 ] || { echo "build of $topic failed ($code)" >&2; exit 1; }
  fi
  for gold in "$topic_dir"/timelines/*.txt; do
    name="${topic}__$(basename "$gold")"
    cp "$gold" "$work/gold/$name"
    dates=$(grep -E '^[0-9]{4}-[0-9]{2}-[0-9]{2}[[:space:]]*$' "$gold" | tr -d '[:space:]' | fold -w10 | sort -u)
    count=$(echo "$dates" | wc -l)
    # Sentences: lines that are neither a date, nor dashes, nor blank.
    sentences=$(grep -Evc '^([0-9]{4}-[0-9]{2}-[0-9]{2}|-+)?[[:space:]]*$' "$gold")
    per_date=$(awk -v s="$sentences" -v d="$count" 'BEGIN { k = int(s / d + 0.5); print (k < 1 ? 1 : k) }')
    from=$(echo "$dates" | head -1)
    to=$(echo "$dates" | tail -1)
    echo "   $name: L=$count K=$per_date $from..$to"
    $cli summarize --input "$out/timeline.json" --dates "$count" --sentences "$per_date" --from "$from" --to "$to" --format tilse --out "$work/system/$name"
  done
done
$cli eval-tls "$work/gold" "$work/system" --json "$work/scores.json"
echo "done in $(( $(date +%s) - start )) s (builds included unless cached); scores in $work/scores.json"
