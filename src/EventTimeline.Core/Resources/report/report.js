
(function () {
  'use strict';
  // Every piece of article text reaches the page through textContent or a DOM property, never as markup.
  // The data is gzip-compressed JSON in base64 (docs/format.md, "index.html"); the browser's own DecompressionStream unpacks it.
  var box = JSON.parse(document.getElementById('timeline-data').textContent);
  function unpack(packed) {
    var binary = atob(packed.data);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  }
  unpack(box).then(function (text) { main(JSON.parse(text)); }).catch(function (error) {
    document.getElementById('filter-status').textContent = 'The timeline could not be read: ' + error;
    throw error;
  });

  function main(raw) {
    var DAY = 86400000;
    var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    var MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    var STATUSES = [
      { id: 'asserted', label: 'Asserted', help: 'reported as having happened' },
      { id: 'planned', label: 'Planned', help: 'announced or expected' },
      { id: 'hypothetical', label: 'Hypothetical', help: 'possible or conditional' },
      { id: 'negated', label: 'Negated', help: 'reported as not having happened' }
    ];
    var ROLE_TEXT = { source: 'acts', target: 'target', participant: 'takes part' };
    var BASIS_TEXT = {
      explicit: 'written out in full in the text',
      relativeToDct: 'a relative expression read against the article\u2019s publication date',
      reported: 'no time in the text: on or before the publication date of the first report'
    };
    var LANE_STEP = 24;
    var LIST_STEP = 200;
    var FIND_SHOWN = 100;

    function el(tag, className, text) {
      var node = document.createElement(tag);
      if (className) { node.className = className; }
      if (text !== undefined && text !== null) { node.textContent = String(text); }
      return node;
    }
    function byId(id) { return document.getElementById(id); }
    function dayNumber(iso) {
      var p = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
      return p ? Date.UTC(+p[1], +p[2] - 1, +p[3]) / DAY : null;
    }
    function isoDay(day) { return new Date(day * DAY).toISOString().slice(0, 10); }
    function parts(day) {
      var d = new Date(day * DAY);
      return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate() };
    }
    function dayText(day) { var p = parts(day); return p.d + ' ' + MONTHS[p.m] + ' ' + p.y; }
    function normalize(text) {
      return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ').trim();
    }
    function plural(n, noun) { return n.toLocaleString('en-US') + ' ' + noun + (n === 1 ? '' : 's'); }

    // ---- the page data (format eventtimeline-page/1, docs/format.md): arrays over string tables ------------------
    var strings = raw.strings;
    var sentences = raw.sentences;
    function str(i) { return i === null || i === undefined || i < 0 ? null : strings[i]; }

    var documentList = raw.documents.map(function (d) {
      return { id: d[0], title: d[1], source: str(d[2]), published: d[3], publishedBasis: str(d[4]), url: d[5], urlText: d[6], duplicateOfIndex: d[7] };
    });
    documentList.forEach(function (d) { d.duplicateOf = d.duplicateOfIndex >= 0 ? documentList[d.duplicateOfIndex].id : null; });
    var documents = {};
    documentList.forEach(function (d) { documents[d.id] = d; });

    var actorList = raw.actors.map(function (a, index) {
      return { index: index, id: a[0], name: a[1], kind: str(a[2]), country: a[3], group: a[4], ownForms: a[5] };
    });
    var actors = {};
    actorList.forEach(function (a) {
      var forms = [a.name].concat(a.ownForms);
      if (a.country >= 0) { forms.push(actorList[a.country].name); forms = forms.concat(actorList[a.country].ownForms); }
      a.forms = forms.map(normalize);
      var tokens = {};
      a.forms.forEach(function (f) { f.split(' ').forEach(function (t) { if (t) { tokens[t] = true; } }); });
      a.tokens = Object.keys(tokens);
      actors[a.id] = a;
    });

    function decodeMentions(flat) {
      var list = [];
      for (var i = 0; i + 4 < flat.length; i += 5) {
        var doc = documentList[flat[i]];
        list.push({ document: doc ? doc.id : '', sentence: flat[i + 1], text: flat[i + 2] >= 0 ? sentences[flat[i + 2]] : null, time: str(flat[i + 3]), trigger: str(flat[i + 4]) });
      }
      return list;
    }

    var events = raw.events.map(function (r, index) {
      var start = r[4], end = r[5];
      if (start !== null && (end === null || end < start)) { end = start; }
      var granularity = str(r[6]);
      var cameo = r[2] ? raw.cameo[r[2]] : null;
      var eventActors = [];
      for (var i = 0; i + 1 < r[10].length; i += 2) {
        var a = actorList[r[10][i]];
        eventActors.push({ id: a.id, name: a.name, role: str(r[10][i + 1]), index: a.index });
      }
      var data = {
        id: r[0], type: str(r[1]), cameo: r[2], cameoLabel: cameo ? cameo[0] : null, goldstein: cameo ? cameo[1] : null, label: r[3],
        date: { granularity: granularity, timex: r[7], basis: str(r[8]) }, status: str(r[9]), actors: eventActors,
        location: str(r[11]), sources: r[12], salience: r[13], rawMentions: r[14], mentions: null
      };
      return { data: data, index: index, start: start, end: end, point: start !== null && (granularity === 'day' || granularity === 'time' || end === start) };
    });
    var eventById = {};
    events.forEach(function (ev) { eventById[ev.data.id] = ev; });
    function mentionsOf(e) {
      if (!e.mentions) { e.mentions = decodeMentions(e.rawMentions); }
      return e.mentions;
    }

    function dateText(e) {
      var d = e.data.date;
      if (e.start === null) { return 'undated'; }
      var s = parts(e.start), t = parts(e.end);
      var text;
      switch (d.granularity) {
        case 'month': text = MONTH_NAMES[s.m] + ' ' + s.y; break;
        case 'year': text = String(s.y); break;
        case 'decade': text = s.y + 's'; break;
        case 'century': text = (Math.floor(s.y / 100) + 1) + 'th century'; break;
        default:
          if (e.start === e.end) { text = dayText(e.start); }
          else if (s.y === t.y && s.m === t.m) { text = s.d + '\u2013' + t.d + ' ' + MONTHS[s.m] + ' ' + s.y; }
          else if (s.y === t.y) { text = s.d + ' ' + MONTHS[s.m] + ' \u2013 ' + t.d + ' ' + MONTHS[t.m] + ' ' + s.y; }
          else { text = dayText(e.start) + ' \u2013 ' + dayText(e.end); }
          if (d.granularity === 'week') { text = 'week of ' + text; }
      }
      return d.basis === 'reported' ? 'by ' + text : text;
    }

    // ---- the time axis: days on a line, with long empty stretches folded into narrow hatched bands -----------------
    // u is the position on that line: a day inside a stretch with events is one unit, a fold a few units whatever its length.
    var dated = events.filter(function (ev) { return ev.start !== null; });
    var world = (function () {
      if (dated.length === 0) { return null; }
      var spans = dated.map(function (ev) { return [ev.start, Math.min(ev.end, ev.start + 31) + 1]; })
        .sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
      var first = spans[0][0], last = spans.reduce(function (max, s) { return Math.max(max, s[1]); }, -Infinity);
      var core = raw.view ? raw.view[1] + 1 - raw.view[0] : last - first;
      var gap = raw.view ? Math.max(60, core * 0.5) : Math.max(60, core * 0.08);
      var segments = [];
      spans.forEach(function (sp) {
        var s = segments[segments.length - 1];
        if (s && sp[0] - s.to <= gap) { s.to = Math.max(s.to, sp[1]); } else { segments.push({ from: sp[0], to: sp[1] }); }
      });
      // Where the page opens on the whole timeline (a small one), each stretch gets room by its events, not its days, as
      // a stretch of three years with two events would otherwise push the story's busy month into a corner.
      spans.forEach(function (sp) {
        var s = segments[segmentAtList(segments, sp[0])];
        s.count = (s.count || 0) + 1;
      });
      var total = spans.length;
      var u = 0;
      segments.forEach(function (s, i) {
        var pad = Math.max(1, Math.round((s.to - s.from) * 0.02));
        s.from -= pad; s.to += pad;
        if (i > 0 && s.from < segments[i - 1].to) { s.from = segments[i - 1].to; }
        var days = s.to - s.from;
        s.perDay = raw.view ? 1 : (s.count + total * 0.12) / total * core / days;
      });
      var width = segments.reduce(function (sum, s) { return sum + (s.to - s.from) * s.perDay; }, 0);
      var fold = raw.view ? Math.max(7, gap / 3) : width * 0.03;
      segments.forEach(function (s, i) {
        if (i > 0) {
          s.foldDays = s.from - segments[i - 1].to;
          s.fold = Math.min(fold, s.foldDays);
          u += s.fold;
        }
        s.u0 = u; u += (s.to - s.from) * s.perDay; s.u1 = u;
      });
      return { segments: segments, length: u };
    }());

    function segmentAt(day) { return segmentAtList(world.segments, day); }
    function segmentAtList(segs, day) {
      var lo = 0, hi = segs.length - 1;
      while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (segs[mid].from <= day) { lo = mid; } else { hi = mid - 1; } }
      return lo;
    }
    function toU(day) {
      var segs = world.segments, i = segmentAt(day), s = segs[i];
      if (day < s.from) { return s.u0 - (s.from - day) * (i === 0 ? 1 : 0); }
      if (day <= s.to) { return s.u0 + (day - s.from) * s.perDay; }
      var next = segs[i + 1];
      if (!next) { return s.u1 + (day - s.to); }
      return s.u1 + next.fold * (day - s.to) / next.foldDays;
    }
    function fromU(u) {
      var segs = world.segments;
      for (var i = 0; i < segs.length; i++) {
        var s = segs[i];
        if (u < s.u0) {
          if (i === 0) { return s.from - (s.u0 - u); }
          return segs[i - 1].to + (u - segs[i - 1].u1) * s.foldDays / s.fold;
        }
        if (u <= s.u1) { return s.from + (u - s.u0) / s.perDay; }
      }
      var lastSeg = segs[segs.length - 1];
      return lastSeg.to + (u - lastSeg.u1);
    }
    dated.forEach(function (ev) { ev.u0 = toU(ev.start); ev.u1 = toU(ev.end + 1); });

    var MIN_SPAN = 2;
    function openingView() {
      if (!world) { return null; }
      if (!raw.view) {
        var margin = world.length * 0.01;
        return { u0: -margin, u1: world.length + margin };
      }
      var from = raw.view[0], to = raw.view[1] + 1;
      if (to - from > 62) {
        // whole months, so the first and last labels name the months the events are in
        var a = parts(from), b = parts(to - 1);
        from = Date.UTC(a.y, a.m, 1) / DAY;
        to = Date.UTC(b.y, b.m + 1, 1) / DAY;
      } else {
        from -= 1; to += 1;
      }
      return { u0: toU(from), u1: toU(to) };
    }

    // ---- filter and find ------------------------------------------------------------------------------------------
    var state = {
      lanes: 'actor', order: 'date', query: '', find: '', statuses: { asserted: true, planned: true, hypothetical: true, negated: true },
      selected: null, opener: null, view: openingView(), laneLimit: LANE_STEP, listLimit: LIST_STEP, findLimit: FIND_SHOWN
    };
    var current = { found: null, shown: [], lanes: [], matches: null, matchSet: null };

    function matchingActors(query) {
      var q = normalize(query);
      if (!q) { return null; }
      var words = q.split(' ').filter(function (w) { return w.length > 1 || q.length === 1; });
      var found = {};
      actorList.forEach(function (a) {
        var whole = a.forms.some(function (f) { return (' ' + f + ' ').indexOf(' ' + q) >= 0; });
        var everyWord = words.length > 0 && words.every(function (w) {
          return a.tokens.some(function (t) { return t.indexOf(w) === 0; });
        });
        if (whole || everyWord) { found[a.id] = true; }
      });
      return found;
    }

    function visibleEvents(found) {
      return events.filter(function (ev) {
        if (!state.statuses[ev.data.status]) { return false; }
        return !found || ev.data.actors.some(function (a) { return found[a.id]; });
      });
    }

    // What the find box reads: the label, the actors' names, the place and every evidence sentence the page holds.
    function haystack(ev) {
      if (ev.hay === undefined) {
        var e = ev.data;
        var text = [e.label, e.type, e.location || ''];
        e.actors.forEach(function (a) { text.push(a.name); });
        mentionsOf(e).forEach(function (m) { if (m.text) { text.push(m.text); } });
        ev.hay = ' ' + normalize(text.join(' ')) + ' ';
      }
      return ev.hay;
    }
    function findMatches(query, list) {
      var words = normalize(query).split(' ').filter(function (w) { return w.length > 0; });
      if (words.length === 0) { return null; }
      return list.filter(function (ev) {
        var hay = haystack(ev);
        return words.every(function (w) { return hay.indexOf(' ' + w) >= 0; });
      });
    }

    // ---- lanes: the actors with the most evidence first, persons under their organization or country ---------------
    function lanesFor(list, found) {
      var lanes = {}, order = [];
      function add(key, title, note, ev) {
        var lane = lanes[key];
        if (!lane) { lane = lanes[key] = { key: key, title: title, note: note, events: [], score: 0, depth: 0 }; order.push(lane); }
        if (lane.events[lane.events.length - 1] !== ev) { lane.events.push(ev); lane.score += ev.data.salience || 1; }
      }
      list.forEach(function (ev) {
        if (state.lanes === 'type') {
          add(ev.data.type, ev.data.type.replace(/-/g, ' '), ev.data.cameoLabel || '', ev);
        } else {
          ev.data.actors.forEach(function (a) {
            if (found && !found[a.id]) { return; }
            var actor = actors[a.id];
            add(a.id, actor ? actor.name : a.name, actor ? actor.kind : '', ev);
          });
        }
      });
      function byScore(a, b) { return b.score - a.score || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0); }
      if (state.lanes === 'type') { return order.sort(byScore); }
      // a person's lane goes under its group's lane; a group named by two or more shown persons gets a lane of its own
      var members = {};
      order.forEach(function (lane) {
        var g = actors[lane.key] ? actors[lane.key].group : -1;
        if (g >= 0) { (members[actorList[g].id] = members[actorList[g].id] || []).push(lane); }
      });
      if (!found) {
        Object.keys(members).forEach(function (gid) {
          if (!lanes[gid] && members[gid].length >= 2) {
            var g = actors[gid];
            lanes[gid] = { key: gid, title: g.name, note: g.kind, events: [], score: 0, depth: 0 };
            order.push(lanes[gid]);
          }
        });
      }
      var top = order.filter(function (lane) {
        var g = actors[lane.key] ? actors[lane.key].group : -1;
        return g < 0 || !lanes[actorList[g].id];
      });
      top.forEach(function (lane) {
        lane.best = (members[lane.key] || []).reduce(function (best, m) { return Math.max(best, m.score); }, lane.score);
      });
      top.sort(function (a, b) { return b.best - a.best || byScore(a, b); });
      var result = [];
      top.forEach(function (lane) {
        result.push(lane);
        (members[lane.key] || []).filter(function (m) { return lanes[m.key] === m && m !== lane; }).sort(byScore).forEach(function (m) {
          m.depth = 1;
          result.push(m);
        });
      });
      return result;
    }

    // ---- layout: the most salient events of a lane in view get a named mark, then a dot; the rest a density strip ---
    var ROW = 26;
    var compact = false;
    function layoutLane(lane, scale, trackWidth) {
      var maxRows = raw.view ? (compact ? 3 : 5) : (compact ? 8 : 12), maxMarks = compact ? 40 : 90;
      var inView = [];
      lane.events.forEach(function (ev) {
        if (ev.start !== null && ev.u1 > scale.u0 && ev.u0 < scale.u1) { inView.push(ev); }
      });
      inView.sort(function (a, b) { return (b.data.salience || 0) - (a.data.salience || 0) || a.index - b.index; });
      var rows = [];
      var items = [], rest = [];
      function fits(row, from, to, air) {
        var taken = rows[row] || [];
        for (var i = 0; i < taken.length; i++) { if (from < taken[i][1] + air && to + air > taken[i][0]) { return false; } }
        return true;
      }
      function place(ev, named) {
        var x0 = scale.x(ev.u0), x1 = scale.x(ev.u1);
        var w = ev.point ? 12 : Math.max(12, Math.min(x1, trackWidth + 20) - Math.max(x0, -20));
        var x = ev.point ? (x0 + x1) / 2 - 6 : Math.max(x0, -20);
        var labelWidth = named ? Math.min(190, 12 + ev.data.label.length * 6.4) : 0;
        var left = named && x + w + labelWidth > trackWidth;
        var from = left ? x - labelWidth - 4 : x, to = left ? x + w : x + w + (labelWidth ? 4 + labelWidth : 0);
        for (var row = 0; row < maxRows; row++) {
          if (fits(row, from, to, named ? 6 : 2)) {
            (rows[row] = rows[row] || []).push([from, to]);
            items.push({ ev: ev, x: x, w: w, row: row, left: left, labelWidth: labelWidth, from: from, to: to, named: named });
            return true;
          }
        }
        return false;
      }
      var unnamed = [];
      inView.forEach(function (ev) {
        if (items.length >= maxMarks || !place(ev, !compact)) { unnamed.push(ev); }
      });
      unnamed.forEach(function (ev) {
        if (compact || items.length >= maxMarks || !place(ev, false)) { rest.push(ev); }
      });
      return { items: items, rows: Math.max(1, rows.length), rest: rest, inView: inView.length };
    }

    // ---- rendering ----------------------------------------------------------------------------------------------
    var chart = byId('chart');
    var list = byId('event-list');
    var status = byId('filter-status');
    var scroller = byId('chart-scroll');

    function describe(ev) {
      return ev.data.label + ', ' + dateText(ev) + ', ' + ev.data.status + ', ' + ev.data.sources + (ev.data.sources === 1 ? ' source' : ' sources');
    }

    function makeScale(trackWidth) {
      var v = state.view;
      var k = trackWidth / (v.u1 - v.u0);
      return { u0: v.u0, u1: v.u1, k: k, width: trackWidth, x: function (u) { return (u - v.u0) * k; } };
    }

    function tickStep(pxPerDay) {
      var steps = [
        { unit: 'day', n: 1 }, { unit: 'day', n: 2 }, { unit: 'day', n: 7 }, { unit: 'month', n: 1 }, { unit: 'month', n: 3 },
        { unit: 'month', n: 6 }, { unit: 'year', n: 1 }, { unit: 'year', n: 2 }, { unit: 'year', n: 5 }, { unit: 'year', n: 10 },
        { unit: 'year', n: 25 }, { unit: 'year', n: 50 }, { unit: 'year', n: 100 }
      ];
      var approx = { day: 1, month: 30.4, year: 365.25 };
      return steps.filter(function (st) { return st.n * approx[st.unit] * pxPerDay >= 76; })[0] || steps[steps.length - 1];
    }

    // Ticks of one stretch of days [from, to): years, months or days, whichever fits the zoom.
    function ticksBetween(from, to, step) {
      var p = parts(from), cursor;
      if (step.unit === 'day') {
        cursor = from;
        if (step.n === 7) { cursor -= (new Date(cursor * DAY).getUTCDay() + 6) % 7; }
      } else if (step.unit === 'month') {
        cursor = Date.UTC(p.y, p.m - (p.m % step.n), 1) / DAY;
      } else {
        cursor = Date.UTC(p.y - (p.y % step.n), 0, 1) / DAY;
      }
      var ticks = [], guard = 0, first = true;
      while (cursor < to && guard++ < 400) {
        var c = parts(cursor), text, next;
        if (step.unit === 'day') {
          text = c.d + ' ' + MONTHS[c.m] + (first || (c.m === 0 && c.d <= step.n) ? ' ' + c.y : '');
          next = cursor + step.n;
        } else if (step.unit === 'month') {
          text = MONTHS[c.m] + (first || c.m === 0 ? ' ' + c.y : '');
          next = Date.UTC(c.y, c.m + step.n, 1) / DAY;
        } else {
          text = String(c.y);
          next = Date.UTC(c.y + step.n, 0, 1) / DAY;
        }
        if (cursor >= from) { ticks.push({ day: cursor, text: text }); first = false; }
        cursor = next;
      }
      return ticks;
    }

    function inViewEvents(scale) {
      return current.shown.filter(function (ev) { return ev.start !== null && ev.u1 > scale.u0 && ev.u0 < scale.u1; });
    }

    function renderAxis(scale, row) {
      var ticks = el('div', 'ticks');
      ticks.style.width = scale.width + 'px';
      var gridLines = [];
      var lastEnd = -Infinity;
      world.segments.forEach(function (s, i) {
        if (i > 0) {
          var x0 = scale.x(world.segments[i - 1].u1), x1 = scale.x(s.u0);
          if (x1 >= 0 && x0 <= scale.width && x1 - x0 >= 1) {
            var br = el('div', 'break');
            br.style.left = Math.max(0, x0) + 'px';
            br.style.width = (Math.min(scale.width, x1) - Math.max(0, x0)) + 'px';
            br.title = 'Gap in time: no events between ' + dayText(world.segments[i - 1].to - 1) + ' and ' + dayText(s.from + 1);
            ticks.appendChild(br);
            gridLines.push({ fold: true, x: Math.max(0, x0), w: Math.min(scale.width, x1) - Math.max(0, x0) });
          }
        }
        if (scale.x(s.u1) < 0 || scale.x(s.u0) > scale.width) { return; }
        var from = Math.max(s.from, Math.floor(fromU(scale.u0))), to = Math.min(s.to, Math.ceil(fromU(scale.u1)) + 1);
        ticksBetween(from, to, tickStep(scale.k * s.perDay)).forEach(function (t) {
          var x = scale.x(toU(t.day));
          var width = t.text.length * 6.6 + 8;
          if (x < 0 || x + width > Math.min(scale.width, scale.x(s.u1)) || x < lastEnd) { return; }
          lastEnd = x + width;
          var tick = el('div', 'tick', t.text);
          tick.style.left = x + 'px';
          ticks.appendChild(tick);
          gridLines.push({ x: x });
        });
      });
      (raw.keyDates || []).forEach(function (day) {
        var x = scale.x(toU(day + 0.5));
        if (x < 0 || x > scale.width) { return; }
        var mark = el('div', 'key-mark');
        mark.style.left = (x - 5) + 'px';
        mark.title = 'Key date: ' + dayText(day);
        ticks.appendChild(mark);
      });
      var strip = el('canvas', 'axis-strip');
      strip.width = Math.max(1, Math.round(scale.width));
      strip.height = 10;
      ticks.appendChild(strip);
      drawStrip(strip, scale);
      row.appendChild(ticks);
      return gridLines;
    }

    // The strip under the dates: how many shown events each pixel column holds (grey) and the find's matches (orange).
    function drawStrip(canvas, scale) {
      var g = canvas.getContext && canvas.getContext('2d');
      if (!g) { return; }
      var bins = new Array(Math.ceil(canvas.width / 2) + 1).fill(0), max = 0;
      inViewEvents(scale).forEach(function (ev) {
        var b = Math.floor(Math.max(0, Math.min(canvas.width - 1, scale.x((ev.u0 + ev.u1) / 2))) / 2);
        bins[b]++;
        if (bins[b] > max) { max = bins[b]; }
      });
      g.fillStyle = '#9aa6b8';
      bins.forEach(function (n, b) {
        if (n > 0) { var h = 2 + 7 * Math.log(1 + n) / Math.log(1 + max); g.fillRect(b * 2, 10 - h, 2, h); }
      });
      if (current.matches) {
        g.fillStyle = '#d9480f';
        current.matches.forEach(function (ev) {
          if (ev.start === null || ev.u1 <= scale.u0 || ev.u0 >= scale.u1) { return; }
          g.fillRect(Math.round(scale.x((ev.u0 + ev.u1) / 2)) - 1, 0, 3, 10);
        });
      }
    }

    function drawDensity(canvas, scale, rest) {
      var g = canvas.getContext && canvas.getContext('2d');
      if (!g) { return; }
      var bins = new Array(Math.ceil(canvas.width / 3) + 1).fill(0), max = 0;
      rest.forEach(function (ev) {
        var b = Math.floor(Math.max(0, Math.min(canvas.width - 1, scale.x((ev.u0 + ev.u1) / 2))) / 3);
        bins[b]++;
        if (bins[b] > max) { max = bins[b]; }
      });
      bins.forEach(function (n, b) {
        if (n > 0) { g.fillStyle = 'rgba(31, 95, 168, ' + (0.25 + 0.75 * n / max).toFixed(3) + ')'; g.fillRect(b * 3, 0, 3, canvas.height); }
      });
    }

    function renderChart() {
      chart.textContent = '';
      var labelWidth = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--lane-label')) || 168;
      var available = scroller.clientWidth - labelWidth - 2;
      // On a phone the chart is an overview that fits the screen (dots and bars, names on focus and in the list below).
      compact = available < 600;
      var trackWidth = Math.max(available, 200);
      if (!state.view || current.shown.every(function (ev) { return ev.start === null; })) {
        chart.appendChild(el('p', 'empty', 'No dated events match.'));
        byId('more-lanes').hidden = true;
        return;
      }
      var scale = makeScale(trackWidth);
      current.scale = scale;
      var axis = el('div', 'axis');
      axis.appendChild(el('div', 'corner', state.lanes === 'type' ? 'Event type' : 'Actor'));
      var gridLines = renderAxis(scale, axis);
      chart.appendChild(axis);
      byId('chart-hint').textContent = compact
        ? 'Hatched bands are gaps with no events. Drag to move in time, + and \u2212 to zoom; tap a mark for its sources.'
        : 'Drag or use the arrow keys to move in time; + and \u2212, the buttons or the wheel over the dates zoom (Ctrl + wheel anywhere). Hatched bands are gaps with no events; a dot is a day, a bar a week, month or year; a shaded strip counts the events too many to draw.';

      var lanes = current.lanes.slice(0, state.laneLimit);
      var more = byId('more-lanes');
      more.hidden = current.lanes.length <= state.laneLimit;
      more.textContent = 'More lanes (' + (current.lanes.length - lanes.length).toLocaleString('en-US') + ' more)';
      var rowHeight = compact ? 18 : ROW;
      lanes.forEach(function (lane) {
        var row = el('div', 'lane' + (lane.depth ? ' member' : ''));
        var label = el('div', 'lane-label', lane.title);
        label.title = lane.title;
        if (lane.note) { label.appendChild(el('small', null, lane.note)); }
        row.appendChild(label);
        var track = el('div', 'track');
        track.style.width = trackWidth + 'px';
        var layout = layoutLane(lane, scale, trackWidth);
        if (layout.rest.length > 0) { label.appendChild(el('small', 'more', '+' + layout.rest.length + ' in the strip')); }
        var density = layout.rest.length > 0 ? 8 : 0;
        track.style.height = (layout.rows * rowHeight + 8 + density) + 'px';
        gridLines.forEach(function (g) {
          var line = el('div', g.fold ? 'break' : 'grid');
          line.style.left = g.x + 'px';
          if (g.fold) { line.style.width = g.w + 'px'; }
          track.appendChild(line);
        });
        layout.items.forEach(function (item) {
          var ev = item.ev;
          var found = current.matchSet && current.matchSet[ev.data.id];
          var button = el('button', 'ev s-' + ev.data.status + (ev.point ? ' point' : ' span') + (item.left ? ' label-left' : '') + (found ? ' found' : ''));
          button.type = 'button';
          button.setAttribute('data-event', ev.data.id);
          button.setAttribute('aria-label', describe(ev));
          button.title = ev.data.label + ' \u2014 ' + dateText(ev);
          button.style.left = Math.round(item.from) + 'px';
          button.style.top = (4 + item.row * rowHeight) + 'px';
          button.style.height = (rowHeight - 4) + 'px';
          button.style.width = Math.max(12, Math.round(item.to - item.from)) + 'px';
          var mark = el('span', 'mark');
          mark.setAttribute('aria-hidden', 'true');
          mark.style.width = Math.round(item.w) + 'px';
          button.appendChild(mark);
          if (item.named) {
            var text = el('span', 'text', ev.data.label);
            text.style.maxWidth = Math.round(item.labelWidth) + 'px';
            button.appendChild(text);
          }
          if (state.selected === ev.data.id) { button.classList.add('selected'); }
          track.appendChild(button);
        });
        if (density) {
          var canvas = el('canvas', 'density');
          canvas.width = Math.max(1, Math.round(trackWidth));
          canvas.height = 6;
          canvas.title = layout.rest.length + ' more events here: zoom in to see them';
          canvas.style.top = (layout.rows * rowHeight + 6) + 'px';
          drawDensity(canvas, scale, layout.rest);
          track.appendChild(canvas);
        }
        row.appendChild(track);
        chart.appendChild(row);
      });
      renderViewText(scale);
    }

    function renderViewText(scale) {
      var from = Math.floor(fromU(scale.u0)), to = Math.ceil(fromU(scale.u1)) - 1;
      byId('view-text').textContent = dayText(from) + ' \u2013 ' + dayText(Math.max(from, to));
      var inputs = [[byId('view-from'), from], [byId('view-to'), Math.max(from, to)]];
      inputs.forEach(function (pair) { if (document.activeElement !== pair[0]) { pair[0].value = isoDay(pair[1]); } });
    }

    function renderList() {
      list.textContent = '';
      var lastMonth = null;
      var bySalience = state.order === 'salience';
      byId('list-title').textContent = bySalience ? 'Events, most salient first' : 'Events in date order';
      var scale = current.scale;
      var shown = current.shown.filter(function (ev) { return ev.start === null || !scale || (ev.u1 > scale.u0 && ev.u0 < scale.u1); });
      if (bySalience) {
        shown = shown.slice().sort(function (a, b) { return b.data.salience - a.data.salience || a.index - b.index; });
      }
      var total = shown.length;
      byId('list-count').textContent = total === current.shown.length
        ? plural(total, 'event')
        : plural(total, 'event') + ' in the span shown above (of ' + current.shown.length.toLocaleString('en-US') + ')';
      shown.slice(0, state.listLimit).forEach(function (ev) {
        var month = ev.start === null ? 'Undated' : MONTH_NAMES[parts(ev.start).m] + ' ' + parts(ev.start).y;
        if (ev.data.date.granularity === 'year' || ev.data.date.granularity === 'decade') { month = String(parts(ev.start).y); }
        if (!bySalience && month !== lastMonth) {
          var heading = el('li', 'month', month);
          heading.setAttribute('aria-hidden', 'true');
          list.appendChild(heading);
          lastMonth = month;
        }
        list.appendChild(eventRow(ev));
      });
      if (shown.length === 0) { list.appendChild(el('li', 'empty', 'No events match.')); }
      var more = byId('list-more');
      more.hidden = shown.length <= state.listLimit;
      more.textContent = 'Show more (' + (shown.length - Math.min(shown.length, state.listLimit)).toLocaleString('en-US') + ' not listed)';
    }

    function eventRow(ev) {
      var item = el('li');
      var button = el('button', 'row');
      button.type = 'button';
      button.setAttribute('data-event', ev.data.id);
      button.appendChild(el('span', 'when', dateText(ev)));
      var what = el('span', 'what s-' + ev.data.status);
      var sw = el('span', 'swatch s-' + ev.data.status);
      sw.setAttribute('aria-hidden', 'true');
      what.appendChild(sw);
      what.appendChild(document.createTextNode(ev.data.label));
      button.appendChild(what);
      var meta = ev.data.type.replace(/-/g, ' ') + (ev.data.status === 'asserted' ? '' : ' \u00b7 ' + ev.data.status) + ' \u00b7 ' + ev.data.sources + (ev.data.sources === 1 ? ' source' : ' sources') + ' \u00b7 salience ' + ev.data.salience;
      button.appendChild(el('span', 'meta', meta));
      item.appendChild(button);
      return item;
    }

    function renderFind() {
      var box = byId('find-results');
      var found = byId('find-list');
      found.textContent = '';
      if (!current.matches) { box.hidden = true; return; }
      box.hidden = false;
      var n = current.matches.length;
      byId('find-status').textContent = n === 0
        ? 'Nothing matches \u201c' + state.find + '\u201d.'
        : plural(n, 'event') + (n === 1 ? ' matches' : ' match') + ' \u201c' + state.find + '\u201d, in date order; orange on the dates and around the marks.';
      current.matches.slice(0, state.findLimit).forEach(function (ev) { found.appendChild(eventRow(ev)); });
      var more = byId('find-more');
      more.hidden = n <= state.findLimit;
      more.textContent = 'Show more (' + (n - Math.min(n, state.findLimit)).toLocaleString('en-US') + ' not listed)';
    }

    function render() {
      var found = matchingActors(state.query);
      var shown = visibleEvents(found);
      current.found = found;
      current.shown = shown;
      current.lanes = lanesFor(shown, found);
      current.matches = state.find ? findMatches(state.find, shown) : null;
      current.matchSet = null;
      if (current.matches) {
        current.matchSet = {};
        current.matches.forEach(function (ev) { current.matchSet[ev.data.id] = true; });
      }
      if (found) {
        var names = Object.keys(found).map(function (id) { return actors[id].name; }).sort();
        status.textContent = names.length === 0
          ? 'No actor matches \u201c' + state.query + '\u201d.'
          : shown.length + (shown.length === 1 ? ' event' : ' events') + ' with ' + (names.length > 4 ? names.slice(0, 4).join(', ') + ' and ' + (names.length - 4) + ' more' : names.join(', ')) + '.';
      } else {
        status.textContent = shown.length.toLocaleString('en-US') + ' of ' + events.length.toLocaleString('en-US') + ' events. Select an event to see its sources.';
      }
      renderChart();
      renderList();
      renderFind();
      document.querySelectorAll('#actor-list > li[data-actor]').forEach(function (li) {
        li.hidden = !!found && !found[li.getAttribute('data-actor')];
      });
    }

    // Zooming and panning redraw the chart and the list of what is in view, at most once a frame.
    var pending = false;
    function renderView() {
      if (pending) { return; }
      pending = true;
      requestAnimationFrame(function () { pending = false; state.listLimit = LIST_STEP; renderChart(); renderList(); });
    }
    function setView(u0, u1) {
      if (!world) { return; }
      var span = u1 - u0;
      var maxSpan = world.length * 1.1 + 14;
      if (span < MIN_SPAN) { var c = (u0 + u1) / 2; u0 = c - MIN_SPAN / 2; u1 = c + MIN_SPAN / 2; span = MIN_SPAN; }
      if (span > maxSpan) { var mid = (u0 + u1) / 2; u0 = mid - maxSpan / 2; u1 = mid + maxSpan / 2; span = maxSpan; }
      var lo = -span * 0.5 - 7, hi = world.length + span * 0.5 + 7;
      if (u0 < lo) { u1 += lo - u0; u0 = lo; }
      if (u1 > hi) { u0 -= u1 - hi; u1 = hi; }
      state.view = { u0: u0, u1: u1 };
      renderView();
    }
    function zoom(factor, atU) {
      var v = state.view;
      var c = atU === undefined ? (v.u0 + v.u1) / 2 : atU;
      setView(c - (c - v.u0) * factor, c + (v.u1 - c) * factor);
    }
    function pan(fraction) {
      var v = state.view, d = (v.u1 - v.u0) * fraction;
      setView(v.u0 + d, v.u1 + d);
    }
    function showDays(from, to) {
      if (!world || to < from) { return; }
      setView(toU(from), toU(to + 1));
    }
    // Brings an event into view (keeping the zoom when it is already there), e.g. when it is picked from the find's list.
    function reveal(ev) {
      if (!world || ev.start === null) { return; }
      var v = state.view;
      if (ev.u0 >= v.u0 && ev.u1 <= v.u1) { return; }
      var span = Math.min(v.u1 - v.u0, Math.max(14, (ev.u1 - ev.u0) * 3));
      var c = (ev.u0 + ev.u1) / 2;
      setView(c - span / 2, c + span / 2);
    }

    // ---- details ------------------------------------------------------------------------------------------------
    var panel = byId('details');
    var body = byId('details-body');
    var title = byId('details-title');

    function fact(dl, term, value) {
      if (value === null || value === undefined || value === '') { return; }
      dl.appendChild(el('dt', null, term));
      var dd = el('dd');
      if (typeof value === 'string' || typeof value === 'number') { dd.textContent = String(value); } else { dd.appendChild(value); }
      dl.appendChild(dd);
    }

    function sentenceWithTrigger(text, trigger) {
      var quote = el('blockquote');
      var at = trigger ? text.indexOf(trigger) : -1;
      if (at < 0) { quote.textContent = text; return quote; }
      quote.appendChild(document.createTextNode(text.slice(0, at)));
      quote.appendChild(el('mark', null, trigger));
      quote.appendChild(document.createTextNode(text.slice(at + trigger.length)));
      return quote;
    }

    function showDetails(id, opener) {
      var ev = eventById[id];
      if (!ev) { return; }
      reveal(ev);
      var e = ev.data;
      state.selected = id;
      state.opener = opener || document.activeElement;
      title.textContent = e.label;
      body.textContent = '';

      var badge = el('span', 'badge s-' + e.status);
      var sw = el('span', 'swatch s-' + e.status);
      sw.setAttribute('aria-hidden', 'true');
      badge.appendChild(sw);
      var info = STATUSES.filter(function (s) { return s.id === e.status; })[0];
      badge.appendChild(document.createTextNode(info ? info.label + ' \u2014 ' + info.help : e.status));

      var dl = el('dl', 'facts');
      fact(dl, 'Status', badge);
      fact(dl, 'When', dateText(ev));
      fact(dl, 'Date', (e.date.granularity ? 'known to the ' + e.date.granularity : 'unresolved') + (e.date.timex ? ' (TIMEX3 ' + e.date.timex + ')' : '') + '; ' + (BASIS_TEXT[e.date.basis] || e.date.basis));
      fact(dl, 'Type', e.type.replace(/-/g, ' '));
      fact(dl, 'CAMEO', e.cameo ? e.cameo + (e.cameoLabel ? ' \u2014 ' + e.cameoLabel : '') : 'no CAMEO code');
      fact(dl, 'Goldstein', e.goldstein === null || e.goldstein === undefined ? null : (e.goldstein > 0 ? '+' : '') + e.goldstein + ' (from \u221210 conflict to +10 cooperation)');
      fact(dl, 'Where', e.location);
      body.appendChild(dl);

      body.appendChild(el('h3', null, 'Participants'));
      var people = el('ul', 'people');
      e.actors.forEach(function (a) {
        var li = el('li', null, actors[a.id] ? actors[a.id].name : a.name);
        li.appendChild(document.createTextNode(' '));
        li.appendChild(el('span', 'role', '\u2014 ' + a.role + ' (' + (ROLE_TEXT[a.role] || a.role) + ')'));
        people.appendChild(li);
      });
      if (e.actors.length === 0) { people.appendChild(el('li', null, 'none named')); }
      body.appendChild(people);

      var byDocument = [];
      var seen = {};
      mentionsOf(e).forEach(function (m) {
        if (!seen[m.document]) { seen[m.document] = { id: m.document, mentions: [] }; byDocument.push(seen[m.document]); }
        seen[m.document].mentions.push(m);
      });
      body.appendChild(el('h3', null, 'Sources (' + byDocument.length + (byDocument.length === 1 ? ' document)' : ' documents)')));
      byDocument.forEach(function (group) {
        var d = documents[group.id] || { id: group.id };
        var box = el('div', 'source');
        box.appendChild(el('div', 'outlet', d.source || 'Unknown outlet'));
        if (d.title) { box.appendChild(el('div', 'doc-title', d.title)); }
        var meta = [d.published ? 'published ' + dayText(dayNumber(d.published)) + (d.publishedBasis && d.publishedBasis !== 'manifest' ? ' (' + d.publishedBasis + ')' : '') : 'publication date unknown'];
        if (d.duplicateOf) { meta.push('near-copy of ' + ((documents[d.duplicateOf] || {}).source || d.duplicateOf)); }
        meta.push('document ' + d.id);
        box.appendChild(el('div', 'doc-meta', meta.join(' \u00b7 ')));
        group.mentions.forEach(function (m) {
          if (m.text === null) {
            box.appendChild(el('p', 'not-kept', 'Sentence ' + m.sentence + ' of this document (kept in timeline.json; the page holds the full evidence of the most salient events).'));
            return;
          }
          box.appendChild(sentenceWithTrigger(m.text, m.trigger));
          if (m.time) { box.appendChild(el('div', 'doc-meta', 'dated by \u201c' + m.time + '\u201d')); }
        });
        if (d.url && /^https?:\/\//i.test(d.url)) {
          var link = el('a', null, d.url);
          link.href = d.url;
          link.rel = 'noopener noreferrer';
          link.target = '_blank';
          var p = el('p');
          p.appendChild(link);
          box.appendChild(p);
        } else if (d.urlText) {
          box.appendChild(el('p', 'url-text', 'Address given (not linked, not a web address): ' + d.urlText));
        }
        body.appendChild(box);
      });

      panel.hidden = false;
      title.tabIndex = -1;
      title.focus();
      document.querySelectorAll('.ev.selected').forEach(function (b) { b.classList.remove('selected'); });
      document.querySelectorAll('.ev[data-event="' + cssEscape(id) + '"]').forEach(function (b) { b.classList.add('selected'); });
    }

    function cssEscape(value) {
      return window.CSS && CSS.escape ? CSS.escape(value) : String(value).replace(/[^a-zA-Z0-9_-]/g, '\\$&');
    }

    function closeDetails() {
      if (panel.hidden) { return; }
      panel.hidden = true;
      state.selected = null;
      document.querySelectorAll('.ev.selected').forEach(function (b) { b.classList.remove('selected'); });
      var back = state.opener;
      state.opener = null;
      if (back && document.body.contains(back)) { back.focus(); }
    }

    // ---- wiring -------------------------------------------------------------------------------------------------
    var legend = byId('legend');
    var statusCounts = {};
    events.forEach(function (ev) { statusCounts[ev.data.status] = (statusCounts[ev.data.status] || 0) + 1; });
    STATUSES.forEach(function (s) {
      var label = el('label', 's-' + s.id);
      var box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.value = s.id;
      box.addEventListener('change', function () { state.statuses[s.id] = box.checked; render(); });
      var sw = el('span', 'swatch');
      sw.setAttribute('aria-hidden', 'true');
      label.appendChild(box);
      label.appendChild(sw);
      label.appendChild(document.createTextNode(s.label + ' (' + (statusCounts[s.id] || 0).toLocaleString('en-US') + ')'));
      label.title = s.help;
      legend.appendChild(label);
    });

    // The name suggestions list the actors with the most events (a datalist of thousands would slow every keystroke).
    var names = byId('actor-names');
    var eventCount = {};
    events.forEach(function (ev) { ev.data.actors.forEach(function (a) { eventCount[a.id] = (eventCount[a.id] || 0) + 1; }); });
    actorList.filter(function (a) { return eventCount[a.id]; })
      .sort(function (a, b) { return eventCount[b.id] - eventCount[a.id] || (a.name < b.name ? -1 : 1); })
      .slice(0, 500).map(function (a) { return a.name; }).sort().forEach(function (name) {
        var option = el('option');
        option.value = name;
        names.appendChild(option);
      });

    function debounced(action, ms) {
      var timer = null;
      return function () { clearTimeout(timer); timer = setTimeout(action, ms); };
    }
    var filter = byId('actor-filter');
    var refilter = debounced(function () { state.laneLimit = LANE_STEP; state.listLimit = LIST_STEP; render(); }, events.length > 2000 ? 150 : 0);
    filter.addEventListener('input', function () { state.query = filter.value; refilter(); });
    var findBox = byId('find');
    var refind = debounced(function () { render(); }, events.length > 2000 ? 200 : 0);
    findBox.addEventListener('input', function () { state.find = findBox.value.trim(); state.findLimit = FIND_SHOWN; refind(); });
    byId('find-more').addEventListener('click', function () { state.findLimit += FIND_SHOWN; renderFind(); });
    document.querySelectorAll('input[name="lanes"]').forEach(function (radio) {
      radio.addEventListener('change', function () { if (radio.checked) { state.lanes = radio.value; state.laneLimit = LANE_STEP; render(); } });
    });
    document.querySelectorAll('input[name="list-order"]').forEach(function (radio) {
      radio.addEventListener('change', function () { if (radio.checked) { state.order = radio.value; state.listLimit = LIST_STEP; renderList(); } });
    });
    byId('more-lanes').addEventListener('click', function () { state.laneLimit += LANE_STEP; renderChart(); });
    byId('list-more').addEventListener('click', function () { state.listLimit += LIST_STEP; renderList(); });
    byId('zoom-in').addEventListener('click', function () { zoom(0.5); });
    byId('zoom-out').addEventListener('click', function () { zoom(2); });
    byId('pan-left').addEventListener('click', function () { pan(-0.4); });
    byId('pan-right').addEventListener('click', function () { pan(0.4); });
    byId('zoom-fit').addEventListener('click', function () { var v = openingView(); if (v) { setView(v.u0, v.u1); } });
    byId('zoom-all').addEventListener('click', function () { if (world) { setView(-world.length * 0.01, world.length * 1.01); } });
    function fromInputs() {
      var from = dayNumber(byId('view-from').value), to = dayNumber(byId('view-to').value);
      if (from !== null && to !== null && to >= from) { showDays(from, to); }
    }
    byId('view-from').addEventListener('change', fromInputs);
    byId('view-to').addEventListener('change', fromInputs);

    // Wheel over the dates (or with Ctrl anywhere on the chart) zooms around the pointer; a sideways wheel moves in time.
    scroller.addEventListener('wheel', function (event) {
      if (!current.scale) { return; }
      var overAxis = event.target.closest && event.target.closest('.axis');
      var rect = chart.querySelector('.ticks') ? chart.querySelector('.ticks').getBoundingClientRect() : null;
      if (rect && (overAxis || event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        var u = current.scale.u0 + (event.clientX - rect.left) / current.scale.k;
        zoom(Math.exp(Math.max(-3, Math.min(3, event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.0025)))), u);
      } else if (Math.abs(event.deltaX) > Math.abs(event.deltaY) || event.shiftKey) {
        event.preventDefault();
        var d = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.deltaY;
        setView(state.view.u0 + d / current.scale.k, state.view.u1 + d / current.scale.k);
      }
    }, { passive: false });

    // Dragging the chart moves in time; a drag does not open the event it started on.
    var drag = null;
    scroller.addEventListener('pointerdown', function (event) {
      if (event.button !== 0 || !current.scale || (event.target.closest && event.target.closest('.lane-label, .corner'))) { return; }
      drag = { x: event.clientX, view: state.view, k: current.scale.k, moved: false };
    });
    window.addEventListener('pointermove', function (event) {
      if (!drag) { return; }
      var dx = event.clientX - drag.x;
      if (!drag.moved && Math.abs(dx) < 5) { return; }
      drag.moved = true;
      scroller.classList.add('dragging');
      setView(drag.view.u0 - dx / drag.k, drag.view.u1 - dx / drag.k);
    });
    window.addEventListener('pointerup', function () {
      if (drag && drag.moved) {
        var swallow = function (event) { event.stopPropagation(); event.preventDefault(); window.removeEventListener('click', swallow, true); };
        window.addEventListener('click', swallow, true);
        setTimeout(function () { window.removeEventListener('click', swallow, true); }, 0);
      }
      drag = null;
      scroller.classList.remove('dragging');
    });
    scroller.addEventListener('click', function (event) {
      var canvas = event.target.closest ? event.target.closest('canvas.density') : null;
      if (canvas && current.scale) {
        var rect = canvas.getBoundingClientRect();
        zoom(0.25, current.scale.u0 + (event.clientX - rect.left) / current.scale.k);
      }
    });
    scroller.addEventListener('keydown', function (event) {
      if (event.altKey || event.ctrlKey || event.metaKey) { return; }
      var handled = true;
      switch (event.key) {
        case '+': case '=': zoom(0.5); break;
        case '-': case '_': zoom(2); break;
        case 'ArrowLeft': pan(-0.2); break;
        case 'ArrowRight': pan(0.2); break;
        case 'Home': case '0': byId('zoom-fit').click(); break;
        default: handled = false;
      }
      if (handled) { event.preventDefault(); }
    });

    document.addEventListener('click', function (event) {
      var target = event.target.closest ? event.target.closest('[data-event]') : null;
      if (target) { showDetails(target.getAttribute('data-event'), target); }
    });
    byId('details-close').addEventListener('click', closeDetails);
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !panel.hidden) { event.preventDefault(); closeDetails(); }
    });
    var showTimeline = byId('show-timeline');
    if (showTimeline) {
      showTimeline.addEventListener('click', function () {
        byId('full-timeline').scrollIntoView({ block: 'start' });
        filter.focus({ preventScroll: true });
      });
    }
    var graphZoom = byId('graph-zoom');
    if (graphZoom) {
      graphZoom.addEventListener('click', function () {
        var frame = byId('graph-frame');
        var actual = frame.classList.toggle('actual');
        graphZoom.setAttribute('aria-pressed', actual ? 'true' : 'false');
        graphZoom.textContent = actual ? 'Fit to width' : 'Actual size';
      });
    }
    var resizeTimer = null;
    var lastWidth = scroller.clientWidth;
    window.addEventListener('resize', function () {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(function () {
        var width = scroller.clientWidth;
        if (width !== lastWidth) { lastWidth = width; renderChart(); }
      }, 120);
    });
    render();
    // The benchmark (tools/bench/report.sh) reads this mark: the page is drawn and answers input from here on.
    if (window.performance && performance.mark) { performance.mark('report-interactive'); }
    document.documentElement.classList.add('report-ready');
  }
}());
