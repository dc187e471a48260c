// Internal: the words problem messages use for what was expected and what was found. Shared by
// problemsFromZod (model/) and the hand-written option checks (score/optionChecks.ts), whose
// messages must read word for word alike; kept free of zod so that the option checks stay so too.

/** A zod type name as a reader would say it (`object` → `object ({ … })`). */
export function describeExpected(expected: string): string {
  switch (expected) {
    case 'record':
    case 'object':
      return 'object ({ … })';
    case 'array':
      return 'list ([ … ])';
    case 'number':
      return 'finite number';
    default:
      return expected;
  }
}

/** A found value, briefly (`the text "abc"`, `a list`, `nothing`). */
export function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (input === undefined) return 'nothing';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'number') return Number.isFinite(input) ? `the number ${String(input)}` : `the non-finite number ${String(input)}`;
  if (typeof input === 'string') return `the text ${JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}…` : input)}`;
  if (typeof input === 'boolean') return `the value ${String(input)}`;
  if (typeof input === 'object') return 'an object';
  return `a ${typeof input}`;
}

/** The text with its first letter in upper case. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
