import { describe, expect, it, vi } from 'vitest';
import { flagValue, settle } from '../../../src/bench/cli-args.ts';

describe('benchmark CLI arguments', () => {
  it.each([
    [['--parks=250'], 0, { flag: '--parks', value: '250', next: 0 }],
    [['--parks', '250'], 0, { flag: '--parks', value: '250', next: 1 }],
    [['--parks'], 0, { flag: '--parks', value: undefined, next: 1 }],
  ] as const)('%j at %i', (argv, i, expected) => {
    expect(flagValue(argv, i)).toEqual(expected);
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
