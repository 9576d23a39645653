/** The committed format fixtures are what their script writes: the writers stamp no clock. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, FIXTURE_FILES, fixtureBytes } from '../../fixtures/reports/make-reports.ts';

describe('tests/fixtures/reports', () => {
  it('make-reports.ts writes the committed bytes again', async () => {
    const bytes = await fixtureBytes();
    for (const [kind, file] of Object.entries(FIXTURE_FILES)) {
      expect(Buffer.from(bytes[kind as keyof typeof FIXTURE_FILES]).equals(readFileSync(join(FIXTURE_DIR, file))), file).toBe(true);
    }
  }, 60_000);
});
