export type { PathSegment, Problem, Severity } from './Problem.js';
export { formatPath } from './formatPath.js';
export { LogframeError } from './LogframeError.js';
