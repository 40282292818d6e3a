#!/usr/bin/env node
// Writes src/EventTimeline.Core/Resources/actors/countries.json from the world-countries
// package (ODbL 1.0) and the hand-written overlay.json beside this script.
// Usage: npm ci && npm run generate   (run in tools/gazetteer)
'use strict';

const fs = require('fs');
const path = require('path');
const upstream = require('world-countries');
const upstreamVersion = require('world-countries/package.json').version;
const overlay = JSON.parse(fs.readFileSync(path.join(__dirname, 'overlay.json'), 'utf8'));

const outPath = path.join(__dirname, '..', '..', 'src', 'EventTimeline.Core', 'Resources', 'actors', 'countries.json');

// Only spellings a journalist writing English could use: Latin letters once diacritics are removed.
function isLatin(text) {
  const plain = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return /^[A-Za-z][A-Za-z .'’()&-]*$/.test(plain);
}

function key(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.'’]/g, '').replace(/^the /, '').trim();
}

function addUnique(list, values, exclude) {
  const seen = new Set(list.map(key));
  for (const value of exclude) {
    seen.add(key(value));
  }
  for (const value of values) {
    const k = key(value);
    if (value && !seen.has(k)) {
      seen.add(k);
      list.push(value);
    }
  }
  return list;
}

function splitDemonym(text) {
  return text.split(/, | or /).map((part) => part.trim()).filter((part) => part.length > 0);
}

// English plural of a demonym noun; collective adjectives ("French", "Chinese", "Swiss") have none.
function plural(demonym) {
  if (Object.prototype.hasOwnProperty.call(overlay.pluralOverrides, demonym)) {
    return overlay.pluralOverrides[demonym];
  }
  if (/(ese|ish|ic|ss|French|Dutch|Welsh|y|x|z|s)$/.test(demonym)) {
    return null;
  }
  if (/(ch|sh|s)man$/.test(demonym)) {
    return demonym.replace(/man$/, 'men');
  }
  return demonym + 's';
}

const dropped = new Set(overlay.dropAliases.map(key));
const countries = [];

for (const source of upstream) {
  const extra = overlay.countries[source.cca3] || {};
  const name = extra.name || source.name.common;
  const officialName = extra.officialName || source.name.official;
  const iso3 = extra.iso3 || source.cca3;

  const upstreamAliases = [source.name.common, source.name.official, ...source.altSpellings].filter(
    (alias) => isLatin(alias) && alias !== source.cca2 && !alias.includes(', ') && !dropped.has(key(alias)));
  const aliases = addUnique([], [...upstreamAliases, ...(extra.aliases || [])], [name]);

  const english = (source.demonyms && source.demonyms.eng) || null;
  const upstreamDemonyms = english ? [...splitDemonym(english.m), ...splitDemonym(english.f)] : [];
  const demonyms = addUnique([], [...upstreamDemonyms, ...(extra.demonyms || [])], []);
  const demonymPlurals = addUnique([], demonyms.map(plural).filter((p) => p), demonyms);

  const capitals = addUnique([], [...source.capital, ...(extra.capitals || [])], []);

  const country = {
    id: iso3,
    name,
    officialName,
    iso2: source.cca2,
    iso3,
    cameo: extra.cameo || iso3,
    independent: source.independent === true,
    capitals,
    aliases,
    demonyms,
    demonymPlurals,
    area: source.area,
    latlng: source.latlng,
  };
  if (extra.note) {
    country.note = extra.note;
  }
  countries.push(country);
}

for (const code of Object.keys(overlay.countries)) {
  if (!upstream.some((c) => c.cca3 === code)) {
    throw new Error(`overlay names ${code}, which world-countries does not have`);
  }
}

countries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const document = {
  source: `world-countries ${upstreamVersion} (ODbL 1.0, see LICENSES.md) merged with tools/gazetteer/overlay.json by tools/gazetteer/generate-countries.js; do not edit by hand`,
  cameoNote: overlay.cameoNote,
  countries,
};

fs.mkdirSync(path.dirname(outPath), { recursive: true });
fs.writeFileSync(outPath, JSON.stringify(document, null, 2) + '\n');
console.error(`wrote ${countries.length} countries to ${path.relative(process.cwd(), outPath)}`);
