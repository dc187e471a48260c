export { EN_LABELS } from './en.js';
export { fillTemplate } from './fillTemplate.js';
export type { TemplateParam } from './fillTemplate.js';
export { getLabels } from './getLabels.js';
export { KM_LABELS } from './km.js';
export { renderFinding, renderMethodology } from './renderFinding.js';
export type { CodedSentence } from './renderFinding.js';
export type { LabelLanguage, LabelOverrides, Labels } from './types.js';
