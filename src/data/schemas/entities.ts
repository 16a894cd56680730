import { z } from 'zod';
import { entityIdSchema, sourceSchema } from './common';
import { entityTypes } from './ids';

export { entityTypes };

export const entityTypeSchema = z.enum(entityTypes);

export const entitySchema = z.object({
  id: entityIdSchema,
  type: entityTypeSchema,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  description: z.string().min(1),
  sources: z.array(sourceSchema).min(1),
});

export const entitiesFileSchema = z.object({
  version: z.literal(1),
  entities: z.array(entitySchema).min(1),
});

export type Entity = z.infer<typeof entitySchema>;
export type EntityType = z.infer<typeof entityTypeSchema>;
export type EntitiesFile = z.infer<typeof entitiesFileSchema>;
