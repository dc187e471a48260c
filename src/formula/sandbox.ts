import { create, parseDependencies } from 'mathjs/number';
import type { FactoryFunctionMap, MathJsInstance, MathNode } from 'mathjs/number';

/**
 * Functions that let an expression change the instance or parse new text. We only ever parse, and
 * the tree is checked against an allow-list before anything runs, so none of these is reachable;
 * switching them off is defence in depth should a future mathjs open a path to them.
 */
const DISABLED = [
  'import', 'createUnit', 'reviver', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'config', 'compile',
] as const;

let parser: MathJsInstance['parse'] | undefined;

/**
 * Parses formula text into a mathjs tree, creating the private mathjs instance on first use so that
 * programs which never read a formula never pay for it.
 *
 * @param text - Formula text, already guarded for length, depth and size.
 * @returns The parsed tree; not yet checked.
 * @throws {SyntaxError} What mathjs throws for text it cannot read (with a 1-based `char`).
 */
export function parseWithSandbox(text: string): MathNode {
  parser ??= createParser();
  return parser(text);
}

function createParser(): MathJsInstance['parse'] {
  // Only the parser: formulas are evaluated by our own closures (toClosure.ts), never by mathjs, so
  // none of its arithmetic functions is needed. The parser names an operator's function (`add`,
  // `unaryMinus`) in the tree without looking it up. The cast: mathjs types each `…Dependencies` as
  // possibly undefined under noUncheckedIndexedAccess.
  const math = create({ parseDependencies } as FactoryFunctionMap, {});
  // Keep the real parser before it is disabled on the instance below.
  const parse = math.parse;
  const blocked = Object.fromEntries(DISABLED.map((name) => [name, () => {
    throw new Error(`Function ${name} is disabled`);
  }]));
  math.import(blocked, { override: true });
  return parse;
}
