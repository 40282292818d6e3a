'use strict';
// Opens an EventTimeline report (index.html) in headless Chromium through playwright-core and prints one JSON
// object with what it saw; the NUnit test (Browser/HtmlReportBrowserTests.cs) makes the assertions.
// Usage: node check-report.js --report FILE --out DIR --mode seeds|keydates|hostile [--chromium /usr/bin/chromium]
// It never downloads a browser: it drives the chromium binary it is given.
const path = require('path');
const fs = require('fs');
const os = require('os');
const { chromium } = require('playwright-core');

function option(name, fallback) {
  const at = process.argv.indexOf('--' + name);
  return at > 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}

const report = path.resolve(option('report'));
const out = path.resolve(option('out', '.'));
const mode = option('mode', 'seeds');
const executablePath = option('chromium', '/usr/bin/chromium');

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'eventtimeline-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 800 },
  });
  const result = { consoleErrors: [], consoleMessages: [], pageErrors: [], dialogs: [], requests: [], screenshots: [] };
  try {
    const page = browser.pages()[0] || await browser.newPage();
    page.on('console', (m) => {
      result.consoleMessages.push(m.type() + ': ' + m.text());
      if (m.type() === 'error') { result.consoleErrors.push(m.text()); }
    });
    page.on('pageerror', (e) => result.pageErrors.push(String(e && e.message || e)));
    page.on('dialog', async (d) => { result.dialogs.push(d.type() + ': ' + d.message()); await d.dismiss(); });
    page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) { result.requests.push(r.url()); } });
    await page.goto('file://' + report, { waitUntil: 'load' });
    await page.waitForSelector('#event-list li');

    result.csp = await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
      return meta ? meta.getAttribute('content') : null;
    });
    result.title = await page.title();
    result.listRows = await page.$$eval('#event-list .row', (rows) => rows.map((r) => r.innerText.replace(/\s+/g, ' ').trim()));
    result.chartEvents = await page.$$eval('#chart .ev', (evs) => evs.length);

    const shot = async (name) => {
      const file = path.join(out, name);
      await page.screenshot({ path: file, fullPage: false });
      result.screenshots.push(file);
    };

    if (mode === 'keydates') {
      // The key-dates view: what the page opens on, its sources, and the switch to the full timeline.
      result.keyDates = await page.$$eval('#key-date-list .key-date', (items) => items.map((li) => ({
        date: li.getAttribute('data-date'),
        sentences: Array.from(li.querySelectorAll('.key-sentence')).map((p) => p.textContent),
        links: Array.from(li.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')),
        sources: li.querySelectorAll('.key-source').length,
      })));
      result.firstView = await page.evaluate(() => {
        const keys = document.getElementById('key-dates').getBoundingClientRect();
        const chart = document.getElementById('chart-scroll').getBoundingClientRect();
        return { keyDatesTop: keys.top, keyDatesHeight: keys.height, chartTop: chart.top, viewport: window.innerHeight };
      });
      await shot('keydates-1280x800.png');
      await page.click('#show-timeline');
      await page.waitForTimeout(300);
      result.afterSwitch = await page.evaluate(() => ({
        controlsTop: document.getElementById('full-timeline').getBoundingClientRect().top,
        focused: document.activeElement && document.activeElement.id,
      }));
      await shot('keydates-after-switch-1280x800.png');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.click('#key-date-list button[data-event]');
      await page.waitForSelector('#details:not([hidden])');
      result.keyDetails = await page.evaluate(() => ({
        title: document.getElementById('details-title').textContent,
        sources: document.querySelectorAll('#details .source').length,
      }));
      await page.keyboard.press('Escape');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(300);
      result.phoneOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await shot('keydates-390x844.png');
    } else if (mode === 'seeds') {
      await shot('report-1280x800.png');
      await page.screenshot({ path: path.join(out, 'report-1280-full.png'), fullPage: true });
      result.screenshots.push(path.join(out, 'report-1280-full.png'));

      result.filters = {};
      for (const query of ['Lavrov', 'Sergey V. Lavrov', 'russian foreign minister']) {
        await page.fill('#actor-filter', query);
        result.filters[query] = {
          events: await page.$$eval('#event-list .row', (rows) => rows.map((r) => r.getAttribute('data-event'))),
          lanes: await page.$$eval('#chart .lane-label', (ls) => ls.map((l) => l.firstChild.textContent)),
          status: await page.textContent('#filter-status'),
        };
      }
      await page.fill('#actor-filter', 'Lavrov');
      await shot('report-1280x800-lavrov.png');

      // Open the first of Lavrov's events from the chart by keyboard: focus, Enter.
      await page.focus('#chart .ev');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#details:not([hidden])');
      result.details = await page.evaluate(() => ({
        title: document.getElementById('details-title').textContent,
        text: document.getElementById('details-body').innerText,
        sources: document.querySelectorAll('#details .source').length,
        quotes: Array.from(document.querySelectorAll('#details blockquote')).map((q) => q.textContent),
        focused: document.activeElement && document.activeElement.id,
      }));
      await shot('report-1280x800-details.png');
      await page.keyboard.press('Escape');
      result.afterEscape = await page.evaluate(() => ({
        hidden: document.getElementById('details').hidden,
        focusedEvent: document.activeElement && document.activeElement.getAttribute('data-event'),
      }));

      await page.fill('#actor-filter', '');
      await page.check('input[name="lanes"][value="type"]');
      result.typeLanes = await page.$$eval('#chart .lane-label', (ls) => ls.map((l) => l.firstChild.textContent));
      await shot('report-1280x800-types.png');
      await page.check('input[name="lanes"][value="actor"]');

      await page.setViewportSize({ width: 390, height: 844 });
      await page.waitForTimeout(300);
      await shot('report-390x844.png');
      result.phoneOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await page.click('#event-list .row');
      await page.waitForSelector('#details:not([hidden])');
      await shot('report-390x844-details.png');
      await page.keyboard.press('Escape');
      await page.evaluate(() => document.querySelector('.event-list').scrollIntoView());
      await shot('report-390x844-list.png');
    } else {
      const ids = await page.$$eval('[data-event]', (els) => els.map((e) => e.getAttribute('data-event')));
      result.clicked = 0;
      const count = await page.$$eval('[data-event]', (els) => els.length);
      for (let i = 0; i < count; i++) {
        const handle = (await page.$$('[data-event]'))[i];
        if (!handle) { continue; }
        await handle.scrollIntoViewIfNeeded();
        await handle.click({ force: true });
        await page.waitForSelector('#details:not([hidden])');
        await page.keyboard.press('Escape');
        result.clicked++;
      }
      result.eventIds = ids;
      // open each event once more and collect what the details panel made of the hostile text
      result.detailsLinks = [];
      for (const id of Array.from(new Set(ids))) {
        await page.evaluate((eventId) => document.querySelector('#event-list [data-event="' + CSS.escape(eventId) + '"]').click(), id);
        result.detailsLinks.push(...await page.$$eval('#details a[href]', (as) => as.map((a) => a.getAttribute('href'))));
        await page.keyboard.press('Escape');
      }
      await page.waitForTimeout(200);
      result.hrefs = await page.$$eval('[href]', (els) => els.map((e) => e.getAttribute('href')));
      result.srcs = await page.$$eval('[src]', (els) => els.map((e) => e.getAttribute('src').slice(0, 40)));
      result.scripts = await page.$$eval('script', (s) => s.map((x) => x.type || 'classic'));
      result.handlerAttributes = await page.evaluate(() => {
        const found = [];
        document.querySelectorAll('*').forEach((e) => {
          for (const a of e.attributes) { if (/^on/i.test(a.name)) { found.push(e.tagName + ' ' + a.name); } }
        });
        return found;
      });
      result.injectedElements = await page.$$eval('img:not(#graph-image), iframe, object, embed, svg, form, base', (els) => els.map((e) => e.tagName));
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.click('#event-list .row');
      await page.waitForSelector('#details:not([hidden])');
      await shot('hostile-1280x800.png');
    }
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
