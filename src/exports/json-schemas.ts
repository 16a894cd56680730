import { z } from 'zod';
import { httpUrlSchema, isoDateSchema } from '../data/schemas/common';

/*
 * JSON Schemas (draft 2020-12) made from the zod schemas the explorer validates with, so the two
 * cannot drift. They describe a file as it is accepted ("input"): an object zod merely strips
 * of unknown keys allows them; a strict one does not.
 */

/**
 * Two rules are written as refinements in zod, which a JSON Schema cannot carry; they are said
 * here in JSON Schema's own words. Other refinements (a date that exists in the calendar beyond
 * "format": "date", offsets that quote the text, ids another file must hold) are checked by the
 * explorer on load and said in each schema's $comment.
 */
function override(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }) {
  if (ctx.zodSchema === httpUrlSchema) ctx.jsonSchema.pattern = '^[Hh][Tt][Tt][Pp][Ss]?://\\S+$';
  if (ctx.zodSchema === isoDateSchema) ctx.jsonSchema.format = 'date';
}

export function jsonSchemaOf(
  schema: z.ZodType,
  words: { title: string; description: string },
): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    override,
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: words.title,
    description: words.description,
    $comment:
      'Generated from the explorer’s zod schemas (src/data/schemas/). The explorer also checks what a JSON Schema cannot say: that dates exist in the calendar, that offsets land inside their text and quote it, and that every id one file names exists in the file that defines it.',
    ...rest,
  };
}
