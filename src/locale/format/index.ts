export { formatDate } from './formatDate.js';
export { formatNumber } from './formatNumber.js';
export type { FormatLanguage, FormatNumberOptions } from './formatNumber.js';
export { formatPercent } from './formatPercent.js';
export type { FormatPercentOptions } from './formatPercent.js';
