export { escapeCsvCell } from './csvCell.js';
export { escapeHtml, idSlug, safeUrl } from './html.js';
export { oneLine, stripInvisible } from './invisible.js';
export { escapeMarkdown } from './markdown.js';
