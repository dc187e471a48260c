// Inline SVG marks: progress bars and trend sparklines. Coordinates are written with exactly one
// decimal, rounded half away from zero, never through Intl or toFixed: the same summary gives the
// same bytes on every machine, and no locale can turn a decimal point into a comma.
import { roundHalfAwayFromZero } from '../../formula/index.js';
import { el } from './dom.js';
import type { Html } from './dom.js';

/** A number for an SVG attribute: one decimal, half away from zero, `.` as separator, never `-0.0`. */
export function svgNumber(value: number): string {
  if (!Number.isFinite(value)) return '0.0';
  // The rounded value has one decimal, so ×10 is an integer up to floating-point noise.
  const tenths = Math.round(Math.abs(roundHalfAwayFromZero(value, 1)) * 10);
  const sign = value < 0 && tenths !== 0 ? '-' : '';
  return `${sign}${Math.floor(tenths / 10)}.${tenths % 10}`;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/** A progress bar. */
export interface BarInput {
  /** The filled share (0–1; clamped for display only). */
  readonly fraction: number | null;
  /** Where a marker for the expected share goes, or `null`. */
  readonly expected?: number | null;
  /** The status that colours the fill. */
  readonly status: string;
  /** What the bar says, for screen readers and as a tooltip. */
  readonly label: string;
  /** A wider bar (the headline). */
  readonly wide?: boolean;
}

/**
 * A horizontal bar, 100 units wide, stretched by CSS; the value it shows is always written as
 * text beside it too.
 */
export function progressBar(input: BarInput): Html {
  const width = input.fraction === null ? 0 : clamp01(input.fraction) * 100;
  const marker = input.expected === null || input.expected === undefined ? null : clamp01(input.expected) * 100;
  return el('svg', {
    class: input.wide === true ? 'lf-bar lf-bar-wide' : 'lf-bar',
    viewBox: '0 0 100 10',
    preserveAspectRatio: 'none',
    role: 'img',
    'aria-label': input.label,
    focusable: 'false',
  },
  el('title', {}, input.label),
  el('rect', { class: 'lf-track', x: '0.0', y: '0.0', width: '100.0', height: '10.0', rx: '2.0' }),
  width > 0 ? el('rect', { class: 'lf-fill', 'data-status': input.status, x: '0.0', y: '0.0', width: svgNumber(width), height: '10.0', rx: '2.0' }) : null,
  marker === null ? null : el('line', { class: 'lf-expected', x1: svgNumber(marker), y1: '0.0', x2: svgNumber(marker), y2: '10.0' }));
}

/** One segment of a stacked bar. */
export interface Segment {
  /** The status that colours it. */
  readonly status: string;
  /** Its size (any non-negative number; segments are scaled to their sum). */
  readonly value: number;
}

/** A bar split into status segments (the status counts of the headline). */
export function stackedBar(segments: readonly Segment[], label: string): Html {
  const total = segments.reduce((sum, segment) => sum + Math.max(0, segment.value), 0);
  let x = 0;
  const rects: Html[] = [];
  for (const segment of segments) {
    if (total === 0 || segment.value <= 0) continue;
    const width = (segment.value / total) * 100;
    rects.push(el('rect', { class: 'lf-fill', 'data-status': segment.status, x: svgNumber(x), y: '0.0', width: svgNumber(width), height: '10.0' }));
    x += width;
  }
  return el('svg', { class: 'lf-bar lf-bar-wide', viewBox: '0 0 100 10', preserveAspectRatio: 'none', role: 'img', 'aria-label': label, focusable: 'false' },
    el('title', {}, label),
    el('rect', { class: 'lf-track', x: '0.0', y: '0.0', width: '100.0', height: '10.0' }),
    rects);
}

/** A point of a sparkline: its value, or `null` for a gap (withheld or not a number). */
export type SparkPoint = number | null;

const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 32;
const SPARK_PAD = 3;

/**
 * A small trend line over the points in time order, with the end target as a dashed line when it
 * is a number; `null` when fewer than two points are numbers. Gaps split the line.
 */
export function sparkline(points: readonly SparkPoint[], target: number | null, label: string): Html | null {
  const numbers = points.filter((point): point is number => point !== null && Number.isFinite(point));
  if (numbers.length < 2) return null;
  const scale = target === null || !Number.isFinite(target) ? numbers : [...numbers, target];
  const low = Math.min(...scale);
  const high = Math.max(...scale);
  const xOf = (index: number): number => SPARK_PAD + (index * (SPARK_WIDTH - 2 * SPARK_PAD)) / Math.max(1, points.length - 1);
  const yOf = (value: number): number => (high === low
    ? SPARK_HEIGHT / 2
    : SPARK_PAD + ((high - value) / (high - low)) * (SPARK_HEIGHT - 2 * SPARK_PAD));

  const runs: Array<Array<[number, number]>> = [];
  let run: Array<[number, number]> = [];
  points.forEach((point, index) => {
    if (point === null || !Number.isFinite(point)) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else {
      run.push([xOf(index), yOf(point)]);
    }
  });
  if (run.length > 0) runs.push(run);

  const marks: Html[] = [];
  for (const line of runs) {
    if (line.length > 1) marks.push(el('polyline', { points: line.map(([x, y]) => `${svgNumber(x)},${svgNumber(y)}`).join(' ') }));
    else if (line[0] !== undefined) marks.push(el('circle', { cx: svgNumber(line[0][0]), cy: svgNumber(line[0][1]), r: '1.5' }));
  }
  const last = runs.at(-1)?.at(-1);
  if (last !== undefined) marks.push(el('circle', { cx: svgNumber(last[0]), cy: svgNumber(last[1]), r: '2.5' }));
  const targetLine = target === null || !Number.isFinite(target)
    ? null
    : el('line', { class: 'lf-target', x1: svgNumber(SPARK_PAD), y1: svgNumber(yOf(target)), x2: svgNumber(SPARK_WIDTH - SPARK_PAD), y2: svgNumber(yOf(target)) });
  return el('svg', {
    class: 'lf-spark',
    viewBox: `0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`,
    role: 'img',
    'aria-label': label,
    focusable: 'false',
  }, el('title', {}, label), targetLine, marks);
}
