/**
 * Checks the data before `astro build` renders a page. A data error stops the build with the
 * loader's messages and the check-data hint, and nothing else: thrown from a page, the same error
 * reached Astro's error printer, which adds a hint about browser APIs whenever a message contains
 * the word "document" (as "is not a document in documents.csv" does).
 */
import type { AstroIntegration } from 'astro';
import { DataValidationError } from '../data/issues.ts';
import { siteData } from '../data/site-data.ts';

export function dataCheck(): AstroIntegration {
  return {
    name: 'yuanqu:data-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        try {
          siteData();
        } catch (e) {
          if (!(e instanceof DataValidationError)) throw e;
          logger.error(e.message);
          process.exit(1);
        }
      },
    },
  };
}
