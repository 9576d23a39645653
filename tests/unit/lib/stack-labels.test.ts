import { describe, expect, it } from 'vitest';
import { stackLabels } from '../../../src/lib/stack-labels.ts';

describe('stackLabels', () => {
  it.each([
    [['园区', undefined, '年份'], "--l1:'园区';--l3:'年份'"],
    [[undefined, 'Year', 'Amount (10k yuan)'], "--l2:'Year';--l3:'Amount (10k yuan)'"],
    [["it's", 'a\\b', 'two\nlines'], "--l1:'it\\'s';--l2:'a\\\\b';--l3:'two\\a lines'"],
    [[], ''],
    [[undefined, ''], ''],
  ])('%j → %s', (labels, style) => {
    expect(stackLabels(labels)).toBe(style);
  });
});
