import type { FunctionNode, MathNode, OperatorNode, ParenthesisNode, SymbolNode } from 'mathjs/number';
import type { Problem } from '../problems/index.js';
import type { BinaryOperator, FormulaTree } from './FormulaTree.js';
import { ALLOWED_VOCABULARY, atCharacter, formulaProblem, quote } from './formulaProblem.js';
import type { SubstitutedFormula } from './substituteReferences.js';

/** A constant of any type: the parser also makes strings, booleans and null. */
type AnyConstant = MathNode & { readonly value: unknown };

const BINARY: ReadonlyMap<string, BinaryOperator> = new Map([
  ['add', '+'], ['subtract', '-'], ['multiply', '*'], ['divide', '/'], ['pow', '^'],
]);
const MAX_ROUND_DECIMALS = 15;
const NAME_CHAR = '[\\p{L}\\p{N}_$]';

const DOT_ACCESS = /\?\.|\.(?=\s*[\p{L}_$])/u;
const ASSIGN = /(?<![=<>!])=(?!=)/;
/**
 * How each refused node type is named, and where its text is looked for: mathjs keeps no positions
 * in its tree, so the first place the construct's characters appear is the best guess there is.
 */
const CONSTRUCTS: ReadonlyMap<string, { readonly label: string; readonly pattern: RegExp | readonly RegExp[] }> = new Map([
  ['AccessorNode', { label: 'Property access', pattern: [DOT_ACCESS, /\[/] }],
  ['IndexNode', { label: 'Indexing', pattern: [/\[/, DOT_ACCESS] }],
  ['ArrayNode', { label: 'A list', pattern: /\[/ }],
  ['ObjectNode', { label: 'An object', pattern: /\{/ }],
  ['RangeNode', { label: 'A range', pattern: /:/ }],
  ['ConditionalNode', { label: 'A condition', pattern: /\?(?![?.])/ }],
  ['AssignmentNode', { label: 'An assignment', pattern: ASSIGN }],
  ['FunctionAssignmentNode', { label: 'A function definition', pattern: ASSIGN }],
  ['BlockNode', { label: 'More than one expression (separated by `;` or a line break)', pattern: /[;\n]/ }],
  ['RelationalNode', { label: 'A comparison', pattern: /[<>]=?|[=!]=/ }],
]);

/** The state of one walk: what was found so far and how to say where. */
interface Walk {
  readonly source: SubstitutedFormula;
  readonly knownIds: ReadonlySet<string> | undefined;
  readonly references: Set<string>;
  readonly unknown: Set<string>;
  readonly problems: Problem[];
  readonly messages: Set<string>;
}

/** What the walk found: the tree when everything was allowed, and the ids in order of appearance. */
export interface ReadTree {
  readonly tree: FormulaTree | undefined;
  readonly references: string[];
  readonly problems: Problem[];
}

/**
 * Checks a parsed mathjs tree against the allow-list and turns it into a {@link FormulaTree}.
 * Everything that is not explicitly allowed is refused, so a construct that a future mathjs adds
 * is refused too. A refused node's children are not visited: one message per construct.
 *
 * @param root - The parsed tree.
 * @param source - The text that was parsed, for positions and for naming `#{…}` references.
 * @param knownIds - The ids a symbol may name; `undefined` accepts every symbol.
 */
export function readTree(root: MathNode, source: SubstitutedFormula, knownIds: ReadonlySet<string> | undefined): ReadTree {
  const walk: Walk = { source, knownIds, references: new Set(), unknown: new Set(), problems: [], messages: new Set() };
  const tree = read(root, walk);
  return { tree: walk.problems.length === 0 ? tree : undefined, references: [...walk.references], problems: walk.problems };
}

function read(node: MathNode, walk: Walk): FormulaTree | undefined {
  switch (node.type) {
    case 'ConstantNode': return readConstant(node as AnyConstant, walk);
    case 'SymbolNode': return readSymbol(node as SymbolNode, walk);
    case 'ParenthesisNode': return read((node as ParenthesisNode).content, walk);
    case 'OperatorNode': return readOperator(node as unknown as OperatorNode<never, never>, walk);
    case 'FunctionNode': return readFunction(node as FunctionNode<MathNode>, walk);
    default: {
      const construct = CONSTRUCTS.get(node.type);
      const label = construct === undefined ? `The construct ${node.type}` : `${construct.label} ${quote(show(node, walk))}`;
      refuse(walk, label, construct === undefined ? undefined : locate(walk, construct.pattern));
      return undefined;
    }
  }
}

function readConstant(node: AnyConstant, walk: Walk): FormulaTree | undefined {
  if (typeof node.value === 'number') return { kind: 'number', value: node.value };
  if (typeof node.value === 'string') refuse(walk, `Text ${quote(show(node, walk))}`, locate(walk, /["']/));
  else refuse(walk, `The value ${quote(String(node.value))}`, locateName(walk, String(node.value)));
  return undefined;
}

function readSymbol(node: SymbolNode, walk: Walk): FormulaTree {
  const id = walk.source.idsBySymbol.get(node.name) ?? node.name;
  walk.references.add(id);
  if (walk.knownIds !== undefined && !walk.knownIds.has(id) && !walk.unknown.has(id)) {
    walk.unknown.add(id);
    walk.problems.push(formulaProblem('FORMULA_UNKNOWN_REFERENCE',
      `Formula refers to ${quote(id)}${atCharacter(locateName(walk, node.name))}, which is not an indicator id; ` +
      'use the id of an existing indicator, and write ids that are not plain names (such as LAW-05) as #{LAW-05}.'));
  }
  return { kind: 'reference', id };
}

function readOperator(node: OperatorNode<never, never>, walk: Walk): FormulaTree | undefined {
  const fn: string = node.fn;
  const op: string = node.op;
  const args: readonly MathNode[] = node.args;
  const binary = BINARY.get(fn);
  if (binary !== undefined && args.length === 2) {
    const left = read(args[0] as MathNode, walk);
    const right = read(args[1] as MathNode, walk);
    return left && right && { kind: 'binary', op: binary, left, right };
  }
  if ((fn === 'unaryMinus' || fn === 'unaryPlus') && args.length === 1) {
    const operand = read(args[0] as MathNode, walk);
    return operand && { kind: 'unary', op: fn === 'unaryMinus' ? '-' : '+', operand };
  }
  const position = /^[a-z]+$/.test(op) ? locateName(walk, op) : locate(walk, new RegExp(escapeRegExp(op)));
  refuse(walk, `Operator ${quote(op)}`, position);
  return undefined;
}

function readFunction(node: FunctionNode<MathNode>, walk: Walk): FormulaTree | undefined {
  const callee = node.fn;
  if (callee.type !== 'SymbolNode') {
    refuse(walk, `Calling ${quote(show(callee, walk))}`, locate(walk, /\(/));
    return undefined;
  }
  const name = (callee as SymbolNode).name;
  const position = locateName(walk, name);
  const count = node.args.length;
  if (name !== 'min' && name !== 'max' && name !== 'abs' && name !== 'round') {
    const id = walk.source.idsBySymbol.get(name) ?? name;
    if (walk.knownIds?.has(id) === true) {
      notAllowed(walk, `Formula calls the indicator ${quote(show(callee, walk))}${atCharacter(position)} like a function; ` +
        `to multiply, write ${quote(`${show(callee, walk)} * (…)`)}.`);
    } else {
      refuse(walk, `Function ${quote(show(callee, walk))}`, position);
    }
    return undefined;
  }
  if ((name === 'abs' && count !== 1) || (name === 'round' && (count < 1 || count > 2)) || count < 1) {
    const expected = name === 'abs' ? 'one argument' : name === 'round' ? 'a value and optionally a number of decimals' : 'at least one argument';
    notAllowed(walk, `Function \`${name}\`${atCharacter(position)} takes ${expected}; it was given ${count}.`);
    return undefined;
  }
  const args = node.args.map((arg) => read(arg, walk));
  if (name === 'round') {
    const decimals = count === 2 ? readDecimals(node.args[1] as MathNode) : 0;
    if (decimals === undefined) {
      notAllowed(walk, `The number of decimals of \`round\`${atCharacter(position)} must be written as a whole number ` +
        `from 0 to ${MAX_ROUND_DECIMALS}, e.g. round(a / 3, 2).`);
      return undefined;
    }
    const operand = args[0];
    return operand && { kind: 'round', operand, decimals };
  }
  if (!args.every((arg) => arg !== undefined)) return undefined;
  return { kind: 'call', name, args: args as FormulaTree[] };
}

/** Rounding to a computed number of decimals could fail at evaluation time; a literal cannot. */
function readDecimals(node: MathNode): number | undefined {
  let inner = node;
  while (inner.type === 'ParenthesisNode') inner = (inner as ParenthesisNode).content;
  const value: unknown = inner.type === 'ConstantNode' ? (inner as AnyConstant).value : undefined;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_ROUND_DECIMALS ? value : undefined;
}

function refuse(walk: Walk, construct: string, position: number | undefined): void {
  notAllowed(walk, `${construct}${atCharacter(position)} is not allowed in a formula; ${ALLOWED_VOCABULARY}.`);
}

function notAllowed(walk: Walk, message: string): void {
  if (walk.messages.has(message)) return;
  walk.messages.add(message);
  walk.problems.push(formulaProblem('FORMULA_NOT_ALLOWED', message));
}

/** The node as text, with generated names turned back into the user's `#{…}`. */
function show(node: MathNode, walk: Walk): string {
  let text: string;
  try {
    text = node.toString();
  } catch {
    return node.type;
  }
  for (const [symbol, id] of walk.source.idsBySymbol) {
    // A replacer function, so that a `$` in an id is not read as a replacement pattern.
    text = text.replace(new RegExp(`(?<!${NAME_CHAR})${symbol}(?!${NAME_CHAR})`, 'gu'), () => `#{${id}}`);
  }
  return text;
}

/** The 1-based position, in the user's text, of the first match of the first pattern that matches. */
function locate(walk: Walk, patterns: RegExp | readonly RegExp[]): number | undefined {
  for (const pattern of patterns instanceof RegExp ? [patterns] : patterns) {
    const match = pattern.exec(walk.source.text);
    if (match !== null) return walk.source.toOriginal(match.index + 1);
  }
  return undefined;
}

/** The position of a whole name, not of the same letters inside a longer name or a number. */
function locateName(walk: Walk, name: string): number | undefined {
  const tokens = /(0[xXbBoO][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)|([\p{L}_$][\p{L}\p{N}_$]*)/gu;
  for (let match = tokens.exec(walk.source.text); match !== null; match = tokens.exec(walk.source.text)) {
    if (match[2] === name) return walk.source.toOriginal(match.index + 1);
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
