// typedoc plugin: documents the members of zod enum types (`z.enum(['increase', …])` has the type
// `ZodEnum<{ increase: 'increase'; … }>`), which TypeScript generates and no comment can reach.
// Each such member is described by its own literal value, so `notDocumented` validation passes.
import { Comment, Converter, ReflectionKind } from 'typedoc';

export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (_context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property) || reflection.comment || !reflection.parent?.kindOf(ReflectionKind.TypeLiteral)) return;
    if (reflection.type?.type !== 'literal' || reflection.type.value !== reflection.name || (reflection.sources ?? []).length > 0) return;
    reflection.comment = new Comment([{ kind: 'code', text: `\`${JSON.stringify(reflection.name)}\`` }]);
  });
}
