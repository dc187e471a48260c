// End-to-end: the browser example (examples/browser) bundled with esbuild, served from the
// repository root on 127.0.0.1, opened in headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core: no browser download). It must show the headline and every pillar, with no
// console or page errors. Screenshot: test/.tmp/browser.png, and docs/images/summary.png when
// UPDATE_SCREENSHOT=1. Skipped only outside CI when Chromium is missing; under CI it must run.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without type declarations.
import { buildExample } from '../../examples/browser/build.mjs';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const root = join(import.meta.dirname, '../..');
const skip = process.env.CI === undefined && !existsSync(CHROMIUM);

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};

/** A minimal static server for the repository root, on an ephemeral port of 127.0.0.1. */
function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)));
    if (!path.startsWith(dir + sep) || !existsSync(path) || !TYPES[extname(path)]) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function pillarTitles(): string[] {
  const strategy = JSON.parse(readFileSync(join(root, 'examples/cambodia-nsp-2024-2028/strategy.json'), 'utf8')) as {
    results: Array<{ level: string; title: string | Record<string, string> }>;
  };
  return strategy.results.filter((result) => result.level === 'pillar')
    .map((result) => (typeof result.title === 'string' ? result.title : result.title['en'] ?? ''));
}

describe.skipIf(skip)('browser example in headless Chromium', () => {
  let server: Server;
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
    await buildExample();
    server = await serve(root);
    profile = mkdtempSync(join(tmpdir(), 'logframe-chromium-'));
    // A persistent context on a fresh, empty profile directory (Playwright's way of --user-data-dir).
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 1600 },
      deviceScaleFactor: 1,
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('shows the headline and every pillar, without console or page errors', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));

    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/examples/browser/index.html`);
    await page.waitForSelector('#summary[data-state="ready"] section.logframe', { timeout: 30_000 });

    const headline = page.locator('#lf-sec-headline');
    await expect(headline.isVisible()).resolves.toBe(true);
    const headlineText = await headline.innerText();
    expect(headlineText).toContain('At a glance');
    expect(headlineText).toMatch(/\d+\s*out of 100/);
    await expect(page.locator('.logframe .lf-title').innerText()).resolves.toBe('National Strategic Plan on Counter Trafficking in Persons 2024–2028');

    const results = await page.locator('#lf-sec-results').innerText();
    const titles = pillarTitles();
    expect(titles.length).toBeGreaterThanOrEqual(5);
    for (const title of titles) expect(results, title).toContain(title);

    // The fragment's styles apply (scoped to .logframe) and nothing overflows the page sideways.
    const layout = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number }; querySelector(selector: string): unknown } }).document;
      const style = (globalThis as unknown as { getComputedStyle(element: unknown): { fontFamily: string } }).getComputedStyle(doc.querySelector('.logframe'));
      return { scrollWidth: doc.documentElement.scrollWidth, clientWidth: doc.documentElement.clientWidth, font: style.fontFamily };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.font).toContain('Noto Sans Khmer');
    await expect(page.locator('#status').getAttribute('data-state')).resolves.toBe('ready');

    mkdirSync(join(root, 'test/.tmp'), { recursive: true });
    await page.screenshot({ path: join(root, 'test/.tmp/browser.png') });
    if (process.env.UPDATE_SCREENSHOT === '1') {
      mkdirSync(join(root, 'docs/images'), { recursive: true });
      await page.screenshot({ path: join(root, 'docs/images/summary.png') });
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
