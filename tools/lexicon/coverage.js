#!/usr/bin/env node
// Measures how the single-word triggers of Resources/events/triggers.json line up with the gold
// TimeML EVENT tags of the TempEval-3 development corpus (TimeBank + AQUAINT).
// Usage: node tools/lexicon/coverage.js [../shared/data/tempeval3-dev]
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..', '..');
const corpus = process.argv[2] || path.join(root, '..', 'shared', 'data', 'tempeval3-dev');
const lexicon = JSON.parse(fs.readFileSync(path.join(root, 'src', 'EventTimeline.Core', 'Resources', 'events', 'triggers.json'), 'utf8'));

const typeOf = new Map();
for (const type of lexicon.types) {
  for (const trigger of type.triggers) {
    for (const form of trigger.forms) {
      if (!form.includes(' ') && !typeOf.has(form.toLowerCase())) {
        typeOf.set(form.toLowerCase(), type.id);
      }
    }
  }
}

let gold = 0;
let goldInLexicon = 0;
let hits = 0;
let hitsTagged = 0;
const missed = new Map();
const files = fs.readdirSync(corpus, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) => fs.readdirSync(path.join(corpus, dir.name)).filter((name) => name.endsWith('.tml')).map((name) => path.join(corpus, dir.name, name)))
  .sort();

for (const file of files) {
  const xml = fs.readFileSync(file, 'utf8');
  const text = xml.slice(xml.indexOf('<TEXT>'), xml.indexOf('</TEXT>'));
  for (const match of text.matchAll(/<EVENT[^>]*>([^<]*)<\/EVENT>/g)) {
    const word = match[1].trim().toLowerCase();
    gold++;
    if (typeOf.has(word)) {
      goldInLexicon++;
    } else {
      missed.set(word, (missed.get(word) || 0) + 1);
    }
  }
  for (const match of text.matchAll(/(<EVENT[^>]*>)?([A-Za-z][A-Za-z-]*)/g)) {
    if (typeOf.has(match[2].toLowerCase())) {
      hits++;
      if (match[1]) {
        hitsTagged++;
      }
    }
  }
}

const percent = (part, whole) => (100 * part / whole).toFixed(1) + '%';
console.log(`documents: ${files.length}`);
console.log(`gold EVENT tokens: ${gold}; a lexicon form: ${goldInLexicon} (${percent(goldInLexicon, gold)})`);
console.log(`lexicon forms in the text: ${hits}; tagged EVENT in gold: ${hitsTagged} (${percent(hitsTagged, hits)})`);
console.log('most frequent gold events not in the lexicon: ' + [...missed.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 25).map(([w, n]) => `${w} ${n}`).join(', '));
