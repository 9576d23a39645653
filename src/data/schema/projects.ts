import { z } from 'zod';
import { oneOf, optionalText, requiredText, slug, QUOTE_MAX } from './fields.ts';

/** The pipeline, in order: a project moves left to right. */
export const STAGES = ['negotiating', 'signed', 'site_prep', 'under_construction', 'equipment', 'in_production', 'expanding'] as const;
export type Stage = (typeof STAGES)[number];

/** projects.csv — enterprise projects and the latest stage the text gives them. */
export const projectRow = z.object({
  id: slug(),
  park_id: slug(),
  doc_id: slug(),
  name: requiredText('the project or company name'),
  industry: optionalText(),
  stage: oneOf(STAGES),
  quote: requiredText('the sentence naming the project', QUOTE_MAX),
});

export type ProjectRow = z.output<typeof projectRow>;
export const PROJECT_COLUMNS = Object.keys(projectRow.shape);
