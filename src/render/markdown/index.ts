export { toMarkdown } from './toMarkdown.js';
export type { MarkdownOptions } from './toMarkdown.js';
