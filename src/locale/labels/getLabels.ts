import { LogframeError } from '../../problems/index.js';
import type { Problem } from '../../problems/index.js';
import { EN_LABELS } from './en.js';
import { KM_LABELS } from './km.js';
import type { LabelLanguage, LabelOverrides, Labels } from './types.js';

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The labels of a language, with any of them replaced by the caller's own wording.
 *
 * @param lang - `en` or `km`.
 * @param overrides - Replacements by group and key, e.g. `{ status: { 'off-track': 'Behind' } }`.
 *   Groups and keys not given keep their defaults; new keys (e.g. another level name) are added.
 * @returns A new labels object; the defaults are never changed.
 * @throws {LogframeError} `LABELS_LANGUAGE_UNKNOWN` for another language; `LABEL_OVERRIDE_INVALID`
 *   for each override that is not a string (or, for presets, not `{ name, description }`) or uses a
 *   reserved key such as `__proto__`.
 *
 * @example
 * ```ts
 * getLabels('en', { status: { 'off-track': 'Behind' } }).status['off-track']; // 'Behind'
 * getLabels('km').lang; // 'km'
 * ```
 *
 * @category Labels
 */
export function getLabels(lang: LabelLanguage, overrides?: LabelOverrides): Labels {
  const base = lang === 'en' ? EN_LABELS : lang === 'km' ? KM_LABELS : undefined;
  if (base === undefined) {
    throw new LogframeError([{
      path: ['lang'],
      code: 'LABELS_LANGUAGE_UNKNOWN',
      message: `There are no labels for language "${String(lang)}"; use "en" or "km", and override labels to change wording.`,
      severity: 'error',
    }], 'Unknown label language');
  }
  if (overrides === undefined) return base;
  const problems: Problem[] = [];
  const merged: Record<string, unknown> = { ...base };
  for (const [group, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const defaults: unknown = Object.hasOwn(base, group) ? (base as unknown as Record<string, unknown>)[group] : undefined;
    if (group === 'lang' || defaults === undefined) {
      problems.push(problem([group], `"${group}" is not a label group; use one of ${Object.keys(base).filter((key) => key !== 'lang').join(', ')}.`));
    } else if (typeof defaults === 'boolean') {
      if (typeof value === 'boolean') merged[group] = value;
      else problems.push(problem([group], `"${group}" must be true or false.`));
    } else if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(problem([group], `"${group}" must be an object of labels by key.`));
    } else {
      merged[group] = mergeGroup(group, defaults as Record<string, unknown>, value as Record<string, unknown>, problems);
    }
  }
  if (problems.length > 0) throw new LogframeError(problems, 'Invalid label overrides');
  return merged as unknown as Labels;
}

function mergeGroup(group: string, defaults: Record<string, unknown>, overrides: Record<string, unknown>, problems: Problem[]): Record<string, unknown> {
  // A null-prototype copy: an override key can never reach Object.prototype.
  const result: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, defaults);
  for (const [key, value] of Object.entries(overrides)) {
    if (RESERVED.has(key)) {
      problems.push(problem([group, key], `"${key}" cannot be used as a label key.`));
    } else if (group === 'presets') {
      if (isPreset(value)) result[key] = { name: value.name, description: value.description };
      else problems.push(problem([group, key], `A preset label needs { name, description }, both strings.`));
    } else if (typeof value === 'string') {
      result[key] = value;
    } else if (value !== undefined) {
      problems.push(problem([group, key], `The label ${group}.${key} must be a string.`));
    }
  }
  // Back to an ordinary object, keys in default order then new ones, so JSON output stays the same.
  return { ...result };
}

function isPreset(value: unknown): value is { name: string; description: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { name, description } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof description === 'string';
}

function problem(path: string[], message: string): Problem {
  return { path, code: 'LABEL_OVERRIDE_INVALID', message, severity: 'error' };
}
