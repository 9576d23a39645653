/**
 * Chart colours. Marks are drawn with these literal hex values (Plot needs real colours);
 * global.css re-maps each one to a CSS variable with `.chart [fill="#…"]`, so dark mode and
 * print recolour the same SVG without re-rendering. Okabe–Ito based, darkened where needed
 * for 3:1 contrast on the light paper.
 */
export const COLORS = {
  actual: '#0072b2',
  target: '#767676',
  met: '#007a5a',
  behind: '#c0392b',
  warn: '#a35a00',
  planned: '#767676',
  completed: '#0072b2',
  in_progress: '#a4507f',
  grid: '#dedad2',
} as const;

/** Distinct series colours for parks or indicators (same remapping applies). */
export const SERIES = ['#0072b2', '#a35a00', '#007a5a', '#a4507f', '#5d5d5d', '#c0392b'] as const;
