/** The investments explorer's money total, shared by its page and its island. */
/** Sum of money in 万元 (rows without money count as 0). */
export function moneyTotal(values: readonly (number | undefined)[]): number {
  return Math.round(values.reduce<number>((s, v) => s + (v ?? 0), 0) * 100) / 100;
}
