
(function () {
  'use strict';
  // Every piece of article text reaches the page through textContent or a DOM property, never as markup.
  var data = JSON.parse(document.getElementById('timeline-data').textContent);
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
  function parts(day) {
    var d = new Date(day * DAY);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate() };
  }
  function dayText(day) { var p = parts(day); return p.d + ' ' + MONTHS[p.m] + ' ' + p.y; }
  function normalize(text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ').trim();
  }

  var documents = {};
  data.documents.forEach(function (d) { documents[d.id] = d; });
  var actors = {};
  data.actors.forEach(function (a) {
    var forms = a.forms.map(normalize);
    var tokens = {};
    forms.forEach(function (f) { f.split(' ').forEach(function (t) { if (t) { tokens[t] = true; } }); });
    actors[a.id] = { id: a.id, name: a.name, kind: a.kind, forms: forms, tokens: Object.keys(tokens) };
  });
  var events = data.events.map(function (e, index) {
    var start = dayNumber(e.date.start);
    var end = dayNumber(e.date.end);
    if (start !== null && (end === null || end < start)) { end = start; }
    return { data: e, index: index, start: start, end: end, point: start !== null && (e.date.granularity === 'day' || e.date.granularity === 'time' || end === start) };
  });
  var eventById = {};
  events.forEach(function (ev) { eventById[ev.data.id] = ev; });

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

  // ---- filter -------------------------------------------------------------------------------------------------
  var state = { lanes: 'actor', order: 'date', query: '', statuses: { asserted: true, planned: true, hypothetical: true, negated: true }, selected: null, opener: null };

  function matchingActors(query) {
    var q = normalize(query);
    if (!q) { return null; }
    var words = q.split(' ').filter(function (w) { return w.length > 1 || q.length === 1; });
    var found = {};
    Object.keys(actors).forEach(function (id) {
      var a = actors[id];
      var whole = a.forms.some(function (f) { return (' ' + f + ' ').indexOf(' ' + q) >= 0; });
      var everyWord = words.length > 0 && words.every(function (w) {
        return a.tokens.some(function (t) { return t.indexOf(w) === 0; });
      });
      if (whole || everyWord) { found[id] = true; }
    });
    return found;
  }

  function visibleEvents(found) {
    return events.filter(function (ev) {
      if (!state.statuses[ev.data.status]) { return false; }
      return !found || ev.data.actors.some(function (a) { return found[a.id]; });
    });
  }

  // ---- scale: a piecewise axis that leaves out long empty stretches -------------------------------------------
  function buildScale(list, width) {
    var dated = list.filter(function (ev) { return ev.start !== null; }).slice().sort(function (a, b) { return a.start - b.start || a.end - b.end; });
    if (dated.length === 0) { return null; }
    var first = dated[0].start, last = Math.max.apply(null, dated.map(function (ev) { return ev.end; }));
    var gap = Math.max(60, (last - first) * 0.08);
    var segments = [];
    dated.forEach(function (ev) {
      var s = segments[segments.length - 1];
      if (s && ev.start - s.end <= gap) { s.end = Math.max(s.end, ev.end); s.count++; }
      else { segments.push({ start: ev.start, end: ev.end, count: 1 }); }
    });
    var BREAK = 22;
    var usable = width - BREAK * (segments.length - 1);
    var total = dated.length;
    var weights = segments.map(function (s) { return s.count + Math.max(1, total * 0.12); });
    var sum = weights.reduce(function (a, b) { return a + b; }, 0);
    var x = 0;
    segments.forEach(function (s, i) {
      // a little air on both sides, so a point on the first or last day is not cut by the edge
      var days = s.end + 1 - s.start;
      var pad = Math.max(1, Math.round(days * 0.04));
      s.from = s.start - pad; s.to = s.end + 1 + pad;
      s.x = x; s.width = usable * weights[i] / sum;
      x += s.width + BREAK;
    });
    function at(day) {
      for (var i = 0; i < segments.length; i++) {
        var s = segments[i];
        if (day <= s.to || i === segments.length - 1) {
          return s.x + Math.max(0, Math.min(1, (day - s.from) / (s.to - s.from))) * s.width;
        }
      }
      return 0;
    }
    return { segments: segments, at: at, breakWidth: BREAK };
  }

  function ticksFor(s) {
    var days = s.to - s.from, perDay = s.width / days;
    var steps = [
      { unit: 'day', n: 1 }, { unit: 'day', n: 2 }, { unit: 'day', n: 7 }, { unit: 'month', n: 1 },
      { unit: 'month', n: 3 }, { unit: 'month', n: 6 }, { unit: 'year', n: 1 }, { unit: 'year', n: 2 },
      { unit: 'year', n: 5 }, { unit: 'year', n: 10 }
    ];
    var approx = { day: 1, month: 30.4, year: 365.25 };
    var step = steps.filter(function (st) { return st.n * approx[st.unit] * perDay >= 70; })[0] || steps[steps.length - 1];
    var p = parts(s.start);
    var cursor;
    if (step.unit === 'day') {
      cursor = s.start;
      if (step.n === 7) { cursor -= (new Date(cursor * DAY).getUTCDay() + 6) % 7; }
    } else if (step.unit === 'month') {
      cursor = Date.UTC(p.y, p.m - (p.m % step.n), 1) / DAY;
    } else {
      cursor = Date.UTC(p.y - (p.y % step.n), 0, 1) / DAY;
    }
    var ticks = [];
    var guard = 0;
    while (cursor < s.to && guard++ < 500) {
      // a first tick before the segment starts sits at its left edge and names the segment's own start
      var c = parts(cursor < s.from ? s.start : cursor);
      var first = ticks.length === 0;
      var text, next;
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
      // a day's tick sits on its middle, where its events' dots are; weeks, months and years start at their first day
      ticks.push({ day: Math.max(cursor, s.from) + (step.unit === 'day' && step.n < 7 ? 0.5 : 0), text: text });
      cursor = next;
    }
    return ticks;
  }

  // ---- lanes --------------------------------------------------------------------------------------------------
  function lanesFor(list, found) {
    var lanes = {}, order = [];
    function add(key, title, note, ev) {
      if (!lanes[key]) { lanes[key] = { key: key, title: title, note: note, events: [] }; order.push(lanes[key]); }
      if (lanes[key].events.indexOf(ev) < 0) { lanes[key].events.push(ev); }
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
    order.sort(function (a, b) { return b.events.length - a.events.length || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0); });
    return order;
  }

  var ROW = 26;
  var compact = false;
  // A lane never grows past this many rows: a crowded actor's other events are in the list below the chart.
  // A crowded lane is drawn without names (they are in the title, the aria-label and the list).
  function layoutLane(lane, scale, trackWidth, named) {
    var maxRows = compact ? 8 : 12;
    var rows = [];
    var placed = lane.events.filter(function (ev) { return ev.start !== null; }).slice()
      .sort(function (a, b) { return a.start - b.start || b.end - a.end || a.index - b.index; })
      .map(function (ev) {
        var x0 = scale.at(ev.start), x1 = scale.at(ev.end + 1);
        var w = ev.point ? 12 : Math.max(12, x1 - x0);
        var x = ev.point ? (x0 + x1) / 2 - 6 : x0;
        var labelWidth = named ? Math.min(190, 12 + ev.data.label.length * 6.4) : 0;
        var left = x + w + labelWidth > trackWidth;
        var from = left ? x - labelWidth - 4 : x, to = left ? x + w : x + w + (labelWidth ? 4 + labelWidth : 0);
        var row = 0;
        while (rows[row] !== undefined && rows[row] > from - (named ? 6 : 2)) { row++; }
        if (row >= maxRows) { return null; }
        rows[row] = to;
        return { ev: ev, x: x, w: w, row: row, left: left, labelWidth: labelWidth, from: from, to: to };
      });
    var drawn = placed.filter(function (item) { return item !== null; });
    return { items: drawn, rows: Math.max(1, rows.length), hidden: placed.length - drawn.length, named: named };
  }

  // ---- rendering ----------------------------------------------------------------------------------------------
  var chart = byId('chart');
  var list = byId('event-list');
  var status = byId('filter-status');

  function markFor(ev) {
    var node = el('span', 'mark');
    node.setAttribute('aria-hidden', 'true');
    return node;
  }

  function describe(ev) {
    var st = ev.data.status;
    return ev.data.label + ', ' + dateText(ev) + ', ' + st + ', ' + ev.data.sources + (ev.data.sources === 1 ? ' source' : ' sources');
  }

  function renderChart(shown, found) {
    chart.textContent = '';
    var scroller = byId('chart-scroll');
    var labelWidth = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--lane-label')) || 168;
    var available = scroller.clientWidth - labelWidth - 2;
    // On a phone the chart is an overview that fits the screen (dots and bars, names on focus and in the list below).
    compact = available < 600;
    var trackWidth = compact ? Math.max(available, 200) : available;
    var scale = buildScale(shown, trackWidth);
    if (!scale) {
      chart.appendChild(el('p', 'empty', 'No dated events match.'));
      return;
    }
    var axis = el('div', 'axis');
    axis.appendChild(el('div', 'corner', state.lanes === 'type' ? 'Event type' : 'Actor'));
    var ticks = el('div', 'ticks');
    ticks.style.width = trackWidth + 'px';
    var gridLines = [];
    scale.segments.forEach(function (s, i) {
      var lastEnd = -Infinity;
      ticksFor(s).forEach(function (t) {
        var x = scale.at(t.day);
        var width = t.text.length * 6.6 + 8;
        if (x + width > s.x + s.width || x < lastEnd) { return; }
        lastEnd = x + width;
        var tick = el('div', 'tick', t.text);
        tick.style.left = x + 'px';
        ticks.appendChild(tick);
        gridLines.push(x);
      });
      if (i > 0) {
        var br = el('div', 'break');
        br.style.left = (s.x - scale.breakWidth) + 'px';
        br.style.width = scale.breakWidth + 'px';
        br.title = 'Gap in time: no events between ' + dayText(scale.segments[i - 1].end) + ' and ' + dayText(s.start);
        ticks.appendChild(br);
      }
    });
    axis.appendChild(ticks);
    chart.appendChild(axis);
    byId('chart-hint').textContent = compact
      ? 'Hatched bands are gaps with no events. Tap a mark for its sources; the list below names every event.'
      : 'Hatched bands are gaps in time with no events. A dot is a day; a bar is a week, month or year. Select a mark for its sources.';

    lanesFor(shown, found).forEach(function (lane) {
      var row = el('div', 'lane');
      var label = el('div', 'lane-label', lane.title);
      label.title = lane.title;
      if (lane.note) { label.appendChild(el('small', null, lane.note)); }
      row.appendChild(label);
      var track = el('div', 'track');
      track.style.width = trackWidth + 'px';
      var layout = layoutLane(lane, scale, trackWidth, !compact);
      if (layout.hidden > 0 && layout.named) { layout = layoutLane(lane, scale, trackWidth, false); }
      if (layout.hidden > 0) { label.appendChild(el('small', 'more', '+' + layout.hidden + ' more in the list')); }
      var rowHeight = compact ? 18 : ROW;
      track.style.height = (layout.rows * rowHeight + 8) + 'px';
      gridLines.forEach(function (x) { var g = el('div', 'grid'); g.style.left = x + 'px'; track.appendChild(g); });
      scale.segments.forEach(function (s, i) {
        if (i === 0) { return; }
        var br = el('div', 'break');
        br.style.left = (s.x - scale.breakWidth) + 'px';
        br.style.width = scale.breakWidth + 'px';
        track.appendChild(br);
      });
      layout.items.forEach(function (item) {
        var ev = item.ev;
        var button = el('button', 'ev s-' + ev.data.status + (ev.point ? ' point' : ' span') + (item.left ? ' label-left' : ''));
        button.type = 'button';
        button.setAttribute('data-event', ev.data.id);
        button.setAttribute('aria-label', describe(ev));
        button.title = ev.data.label + ' \u2014 ' + dateText(ev);
        button.style.left = Math.round(item.from) + 'px';
        button.style.top = (4 + item.row * rowHeight) + 'px';
        button.style.height = (rowHeight - 4) + 'px';
        button.style.width = Math.round(item.to - item.from) + 'px';
        var mark = markFor(ev);
        mark.style.width = Math.round(item.w) + 'px';
        button.appendChild(mark);
        if (layout.named) {
          var text = el('span', 'text', ev.data.label);
          text.style.maxWidth = Math.round(item.labelWidth) + 'px';
          button.appendChild(text);
        }
        if (state.selected === ev.data.id) { button.classList.add('selected'); }
        track.appendChild(button);
      });
      row.appendChild(track);
      chart.appendChild(row);
    });
  }

  function renderList(shown) {
    list.textContent = '';
    var lastMonth = null;
    var bySalience = state.order === 'salience';
    byId('list-title').textContent = bySalience ? 'Events, most salient first' : 'Events in date order';
    if (bySalience) {
      shown = shown.slice().sort(function (a, b) { return b.data.salience - a.data.salience || a.index - b.index; });
    }
    shown.forEach(function (ev) {
      var month = ev.start === null ? 'Undated' : MONTH_NAMES[parts(ev.start).m] + ' ' + parts(ev.start).y;
      if (ev.data.date.granularity === 'year' || ev.data.date.granularity === 'decade') { month = String(parts(ev.start).y); }
      if (!bySalience && month !== lastMonth) {
        var heading = el('li', 'month', month);
        heading.setAttribute('aria-hidden', 'true');
        list.appendChild(heading);
        lastMonth = month;
      }
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
      list.appendChild(item);
    });
    if (shown.length === 0) { list.appendChild(el('li', 'empty', 'No events match.')); }
  }

  function render() {
    var found = matchingActors(state.query);
    var shown = visibleEvents(found);
    if (found) {
      var names = Object.keys(found).map(function (id) { return actors[id].name; }).sort();
      status.textContent = names.length === 0
        ? 'No actor matches \u201c' + state.query + '\u201d.'
        : shown.length + (shown.length === 1 ? ' event' : ' events') + ' with ' + (names.length > 4 ? names.slice(0, 4).join(', ') + ' and ' + (names.length - 4) + ' more' : names.join(', ')) + '.';
    } else {
      status.textContent = shown.length + ' of ' + events.length + ' events. Select an event to see its sources.';
    }
    renderChart(shown, found);
    renderList(shown);
    document.querySelectorAll('#actor-list > li[data-actor]').forEach(function (li) {
      li.hidden = !!found && !found[li.getAttribute('data-actor')];
    });
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
    e.mentions.forEach(function (m) {
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
  STATUSES.forEach(function (s) {
    var count = events.filter(function (ev) { return ev.data.status === s.id; }).length;
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
    label.appendChild(document.createTextNode(s.label + ' (' + count + ')'));
    label.title = s.help;
    legend.appendChild(label);
  });

  var names = byId('actor-names');
  Object.keys(actors).map(function (id) { return actors[id].name; }).sort().forEach(function (name) {
    var option = el('option');
    option.value = name;
    names.appendChild(option);
  });

  var filter = byId('actor-filter');
  filter.addEventListener('input', function () { state.query = filter.value; render(); });
  document.querySelectorAll('input[name="lanes"]').forEach(function (radio) {
    radio.addEventListener('change', function () { if (radio.checked) { state.lanes = radio.value; render(); } });
  });
  document.querySelectorAll('input[name="list-order"]').forEach(function (radio) {
    radio.addEventListener('change', function () { if (radio.checked) { state.order = radio.value; render(); } });
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
  var zoom = byId('graph-zoom');
  if (zoom) {
    zoom.addEventListener('click', function () {
      var frame = byId('graph-frame');
      var actual = frame.classList.toggle('actual');
      zoom.setAttribute('aria-pressed', actual ? 'true' : 'false');
      zoom.textContent = actual ? 'Fit to width' : 'Actual size';
    });
  }
  var resizeTimer = null;
  var lastWidth = byId('chart-scroll').clientWidth;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      var width = byId('chart-scroll').clientWidth;
      if (width !== lastWidth) { lastWidth = width; renderChart(visibleEvents(matchingActors(state.query)), matchingActors(state.query)); }
    }, 120);
  });
  render();
}());
