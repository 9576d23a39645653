import { describe, expect, it, vi } from 'vitest';
import { parseFlags, settle, wholeNumber } from '../../../src/node/cli-args.ts';

describe('benchmark CLI arguments', () => {
  const spec = { parks: 'string', keep: 'boolean' } as const;
  const read = (argv: string[]) => parseFlags(argv, spec, (v) => ({ ...v }));
  it.each([
    [['--parks=250'], { parks: '250' }],
    [['--parks', '250', '--keep'], { parks: '250', keep: true }],
    [['-h'], { help: true }],
    [['--parks'], { error: '--parks needs a value' }],
    [['--keep=1'], { error: '--keep takes no value' }],
    [['--bogus', '1'], { error: 'unknown argument --bogus' }],
    [['250'], { error: 'unexpected argument 250' }],
  ] as const)('%j', (argv, expected) => {
    expect(read([...argv])).toEqual(expected);
  });
  it('reads whole numbers within bounds only', () => {
    expect(wholeNumber('250', 1)).toBe(250);
    expect(wholeNumber('0', 1)).toBeNull();
    expect(wholeNumber('2.5', 1)).toBeNull();
    expect(wholeNumber('', 0)).toBeNull();
    expect(wholeNumber('31', 1, 30)).toBeNull();
  });
  it('settles help (0), errors (2) and passes parsed args through', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(settle({ help: true }, 'usage')).toBe(0);
    expect(settle({ error: 'bad' }, 'usage')).toBe(2);
    expect(err).toHaveBeenCalledWith('error: bad\nusage');
    expect(settle({ parks: 5 }, 'usage')).toEqual({ parks: 5 });
    log.mockRestore();
    err.mockRestore();
  });
});
