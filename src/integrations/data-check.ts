/**
 * Checks the data before `astro build` renders a page (and before the dev server serves one). A
 * data error stops the build with the loader's messages and the check-data hint, and nothing
 * else: thrown from a page, the same error reached Astro's error printer, which adds a hint about
 * browser APIs whenever a message contains the word "document" (as "is not a document in
 * documents.csv" does). The text of the PDF, .docx and web-page sources is derived here, first,
 * because that is asynchronous and the loader is not.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { DataValidationError } from '../data/issues.ts';
import { dataDir, fsReader } from '../data/node-fs.ts';
import { siteData } from '../data/site-data.ts';
import { datasetPlaceIssues } from '../map/load-basemap.ts';
import { deriveSourceTexts } from '../sources/folder.ts';

async function check(logger: AstroIntegrationLogger, exitOnError: boolean): Promise<void> {
  try {
    const { dataset, dir } = siteData(await deriveSourceTexts(fsReader(dataDir())));
    // A park the map cannot draw where it says it is fails the build as check-data does.
    const places = datasetPlaceIssues(dataset, dir);
    if (places.length > 0) throw new DataValidationError(places);
  } catch (e) {
    if (!(e instanceof DataValidationError)) throw e;
    logger.error(e.message);
    if (exitOnError) process.exit(1);
  }
}

export function dataCheck(): AstroIntegration {
  return {
    name: 'yuanqu:data-check',
    hooks: {
      'astro:build:start': ({ logger }) => check(logger, true),
      'astro:server:setup': ({ logger }) => check(logger, false),
    },
  };
}
