/**
 * The checked formula, as our own small tree. Only what the allow-list lets through can be
 * expressed here, so the compiler that turns it into a closure never sees a mathjs node.
 */
export type FormulaTree =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'reference'; readonly id: string }
  | { readonly kind: 'unary'; readonly op: '-' | '+'; readonly operand: FormulaTree }
  | { readonly kind: 'binary'; readonly op: BinaryOperator; readonly left: FormulaTree; readonly right: FormulaTree }
  | { readonly kind: 'call'; readonly name: 'min' | 'max' | 'abs'; readonly args: readonly FormulaTree[] }
  | { readonly kind: 'round'; readonly operand: FormulaTree; readonly decimals: number };

export type BinaryOperator = '+' | '-' | '*' | '/' | '^';

const PLAIN_ID = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Writes a tree back as formula text, fully parenthesised, for messages about a part of it. */
export function formatTree(tree: FormulaTree): string {
  switch (tree.kind) {
    case 'number': return String(tree.value);
    case 'reference': return PLAIN_ID.test(tree.id) ? tree.id : `#{${tree.id}}`;
    case 'unary': return `${tree.op}${formatOperand(tree.operand)}`;
    case 'binary': return `${formatOperand(tree.left)} ${tree.op} ${formatOperand(tree.right)}`;
    case 'call': return `${tree.name}(${tree.args.map(formatTree).join(', ')})`;
    case 'round': return `round(${formatTree(tree.operand)}, ${tree.decimals})`;
  }
}

function formatOperand(tree: FormulaTree): string {
  return tree.kind === 'binary' || tree.kind === 'unary' ? `(${formatTree(tree)})` : formatTree(tree);
}
