/**
 * The `style` of a table that a phone shows as cards (`table.stack`): each column's name as a CSS
 * custom property (`--l1`, `--l2` … by cell position), which `td::before` prints beside the value.
 * One attribute per table instead of a label on every cell keeps long tables light.
 */
export function stackLabels(labels: readonly (string | undefined)[]): string {
  return labels.flatMap((l, i) => (l ? [`--l${i + 1}:'${cssString(l)}'`] : [])).join(';');
}

/** Text as the inside of a single-quoted CSS string. */
const cssString = (s: string): string => s.replace(/[\\']/g, '\\$&').replace(/\r?\n/g, '\\a ');
