'use strict';
// EventTimeline's date recognizer sidecar: Microsoft.Recognizers.Text (English date-time model)
// behind a JSON-lines protocol, one request line in, one response line out.
//   request:  {"id":n,"items":[{"text":"...","reference":"YYYY-MM-DD"|null}, ...]}
//   response: {"id":n,"results":[{"entities":[...]} | {"error":"..."}, ...]}
// A request that cannot be read gets {"id":n|null,"error":"..."}; the loop never stops on bad input.
// Only responses go to stdout: anything a library prints is sent to stderr.
// For tests only: EVENTTIMELINE_SIDECAR_FAULT="crash:MARKER" makes the process exit, and "hang:MARKER" makes it
// never answer, when a request holds an item whose text contains MARKER (the C# side's fault handling is tested with it).

const readline = require('readline');

const out = process.stdout;
for (const name of ['log', 'info', 'warn', 'debug']) {
  console[name] = (...args) => process.stderr.write(args.map(String).join(' ') + '\n');
}
process.removeAllListeners('warning');
process.on('warning', (w) => process.stderr.write(`warning: ${w.message}\n`));

const { DateTimeRecognizer, Culture } = require('@microsoft/recognizers-text-date-time');
const model = new DateTimeRecognizer(Culture.English).getDateTimeModel();

// The recognizer reads local-time getters; the C# side starts Node with TZ=UTC so that
// midnight of the reference day stays that day.
// Without a document date a fixed reference is used: the caller treats every relative reading as unresolved.
const fallbackReference = new Date(2000, 0, 1);

function referenceDate(reference) {
  if (reference === null || reference === undefined) {
    return fallbackReference;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(reference));
  if (!match) {
    throw new Error(`reference must be YYYY-MM-DD, got ${JSON.stringify(reference)}`);
  }
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function stringFields(value) {
  const result = {};
  for (const [key, field] of Object.entries(value || {})) {
    if (field !== null && field !== undefined && typeof field !== 'object') {
      result[key] = String(field);
    }
  }
  return result;
}

function recognize(item) {
  if (!item || typeof item.text !== 'string') {
    throw new Error('item needs a "text" string');
  }
  const entities = model.parse(item.text, referenceDate(item.reference));
  return entities.map((entity) => ({
    start: entity.start,
    end: entity.end + 1,
    type: entity.typeName,
    values: ((entity.resolution && entity.resolution.values) || []).map(stringFields),
  }));
}

const fault = (() => {
  const match = /^(crash|hang):(.+)$/s.exec(process.env.EVENTTIMELINE_SIDECAR_FAULT || '');
  return match ? { kind: match[1], marker: match[2] } : null;
})();

function injectFault(items) {
  if (!fault || !items.some((item) => item && typeof item.text === 'string' && item.text.includes(fault.marker))) {
    return false;
  }
  if (fault.kind === 'crash') {
    process.stderr.write('injected fault: crash\n');
    process.exit(70);
  }
  process.stderr.write('injected fault: hang\n');
  return true;
}

function respond(response) {
  out.write(JSON.stringify(response) + '\n');
}

const lines = readline.createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity });
lines.on('line', (line) => {
  if (line.trim() === '') {
    return;
  }
  let request;
  try {
    request = JSON.parse(line);
  } catch (error) {
    respond({ id: null, error: `request is not JSON: ${error.message}` });
    return;
  }
  const id = request && request.id !== undefined ? request.id : null;
  if (!request || !Array.isArray(request.items)) {
    respond({ id, error: 'request needs an "items" array' });
    return;
  }
  if (injectFault(request.items)) {
    return;
  }
  const results = request.items.map((item) => {
    try {
      return { entities: recognize(item) };
    } catch (error) {
      return { error: String((error && error.message) || error) };
    }
  });
  respond({ id, results });
});
lines.on('close', () => process.exit(0));
