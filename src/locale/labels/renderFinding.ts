import { fillTemplate } from './fillTemplate.js';
import type { TemplateParam } from './fillTemplate.js';
import type { Labels } from './types.js';

/**
 * A sentence to rebuild: a finding or a methodology note of a summary.
 *
 * @category Labels
 */
export interface CodedSentence {
  /** The stable code, which picks the template. */
  readonly code: string;
  /** The values the template is filled with. */
  readonly params: Readonly<Record<string, TemplateParam>>;
  /** The English sentence, used when the labels have no template for the code. */
  readonly text: string;
}

/**
 * Rebuilds a finding's sentence in the labels' language from its code and parameters.
 *
 * @param finding - A finding of an evaluation summary.
 * @param labels - The labels of the language to write in (see {@link getLabels}).
 * @returns The sentence; the finding's English `text` when the labels have no template for its code.
 *
 * @example
 * ```ts
 * const finding = { code: 'PILLAR_AT_RISK', params: { levelTitle: 'Pillar', title: 'Protection', id: 'PRO', score: 61.4 }, ids: ['PRO'], severity: 'medium', text: '' };
 * renderFinding(finding, getLabels('en')); // 'Pillar “Protection” (PRO) is at risk: its score is 61 out of 100.'
 * ```
 *
 * @category Labels
 */
export function renderFinding(finding: CodedSentence, labels: Labels): string {
  const template = Object.hasOwn(labels.findings, finding.code) ? labels.findings[finding.code] : undefined;
  return template === undefined ? finding.text : fillTemplate(template, finding.params, labels);
}

/**
 * Rebuilds a methodology note's sentence in the labels' language from its code and parameters.
 *
 * @param item - A methodology note of an evaluation summary.
 * @param labels - The labels of the language to write in (see {@link getLabels}).
 * @returns The sentence; the note's English `text` when the labels have no template for its code.
 *
 * @example
 * ```ts
 * renderMethodology({ code: 'SMALL_CELL_OFF', params: {}, text: '' }, getLabels('en')); // 'Small-cell protection is off: every figure is shown as reported.'
 * ```
 *
 * @category Labels
 */
export function renderMethodology(item: CodedSentence, labels: Labels): string {
  const template = Object.hasOwn(labels.methodology, item.code) ? labels.methodology[item.code] : undefined;
  return template === undefined ? item.text : fillTemplate(template, item.params, labels);
}
