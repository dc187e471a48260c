export { toHtml } from './page.js';
export type { HtmlOptions } from './page.js';
