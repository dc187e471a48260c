export { checkFormula } from './checkFormula.js';
export { compileFormula } from './compileFormula.js';
export type { CompiledFormula, FormulaFailureReason, FormulaValue } from './CompiledFormula.js';
export { dependencyOrder } from './dependencyOrder.js';
export type { DependencyOrder } from './dependencyOrder.js';
export { formatCycle } from './formatCycle.js';
export { formulaOrder } from './formulaOrder.js';
export { FORMULA_MAX_DEPTH, FORMULA_MAX_LENGTH, FORMULA_MAX_TERMS } from './limits.js';
export { roundHalfAwayFromZero } from './round.js';
