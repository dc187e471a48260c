export { toText } from './toText.js';
export type { TextOptions } from './toText.js';
export type { RenderOptions } from './view.js';
