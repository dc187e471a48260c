// The browser example: fetch the Cambodia example's strategy and 2024 observations, evaluate them
// as of a date, summarise, render an embeddable HTML fragment and insert it into the host page.
// Built by build.mjs into dist/main.js; index.html loads it as a module.
import { evaluate, parseObservations, parseStrategy, summarize, toHtml } from '../../src/index.js';

/** The few DOM members used here (the repository's type-check has no DOM library). */
interface PageElement {
  innerHTML: string;
  textContent: string | null;
  setAttribute(name: string, value: string): void;
}
declare const document: { getElementById(id: string): PageElement | null };

const AS_OF = '2025-03-27';
const DATA = '../cambodia-nsp-2024-2028/';

async function load(name: string): Promise<unknown> {
  // Relative to the page (examples/browser/index.html), not to the bundle.
  const response = await fetch(DATA + name);
  if (!response.ok) throw new Error(`Could not load ${name}: HTTP ${response.status}`);
  return response.json();
}

async function main(): Promise<void> {
  const status = document.getElementById('status');
  const target = document.getElementById('summary');
  if (status === null || target === null) return;
  try {
    const strategy = parseStrategy(await load('strategy.json'));
    const { observations, rejected } = parseObservations(await load('observations-2024.json'), strategy);
    if (rejected.length > 0) console.warn(`${rejected.length} observations were rejected`, rejected);
    // An embed keeps the eight most important findings (summarize keeps 50 by default).
    const summary = summarize(evaluate(strategy, observations, { asOf: AS_OF }), { strategy, maxFindings: 8 });
    // toHtml escapes every piece of user text and writes no script or handler: safe to insert.
    target.innerHTML = toHtml(summary, { fragment: true });
    target.setAttribute('data-state', 'ready');
    status.textContent = `Evaluated ${observations.length} observations as of ${AS_OF}.`;
    status.setAttribute('data-state', 'ready');
  } catch (error) {
    status.textContent = `The summary could not be built: ${error instanceof Error ? error.message : String(error)}`;
    status.setAttribute('data-state', 'error');
    throw error;
  }
}

void main();
