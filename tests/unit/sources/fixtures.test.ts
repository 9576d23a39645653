/** The committed PDF and .docx fixtures are what their script writes: the writers stamp no clock. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, FIXTURE_FILES, fixtureBytes } from '../../fixtures/reports/make-reports.ts';

describe('tests/fixtures/reports', () => {
  it('make-reports.ts writes the committed bytes again', async () => {
    const bytes = await fixtureBytes();
    for (const kind of ['pdf', 'docx'] as const) {
      expect(Buffer.from(bytes[kind]).equals(readFileSync(join(FIXTURE_DIR, FIXTURE_FILES[kind]))), FIXTURE_FILES[kind]).toBe(true);
    }
  }, 60_000);
});
