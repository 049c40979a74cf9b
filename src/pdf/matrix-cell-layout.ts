// Fits the risk numbers of one matrix cell: every number must stay visible, however many
// risks share the cell. Pure (measurement is injected) so it is tested without jsPDF.

/** Measures `text` at `size` pt, in mm. */
export type Measure = (text: string, size: number) => number;

export interface CellLayout {
  /** Font size in pt. */
  size: number;
  lines: string[];
  /** Line advance in mm. */
  lineHeight: number;
  /** Height the lines need, in mm (may exceed the cell: the caller grows the row). */
  height: number;
}

export const CELL_FONT = { max: 8, explicitMin: 6, min: 4.5, step: 0.5 } as const;
const PT_TO_MM = 25.4 / 72;
const LINE_FACTOR = 1.15;

/** "1, 2, 3, 4, 7" → ["1–4", "7"]: runs of three or more become ranges (en dash). */
export function compactNumbers(numbers: readonly number[]): string[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    if (j - i >= 2) out.push(`${sorted[i]}–${sorted[j]}`);
    else for (let k = i; k <= j; k++) out.push(String(sorted[k]));
    i = j + 1;
  }
  return out;
}

/** Greedy wrap of tokens joined by ", ", breaking only after a comma so no number is split. */
export function wrapTokens(tokens: readonly string[], width: number, size: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  tokens.forEach((token, i) => {
    const piece = i < tokens.length - 1 ? `${token},` : token;
    const candidate = line === '' ? piece : `${line} ${piece}`;
    if (line !== '' && measure(candidate, size) > width) {
      lines.push(line);
      line = piece;
    } else line = candidate;
  });
  if (line !== '') lines.push(line);
  return lines;
}

function layoutAt(tokens: readonly string[], width: number, size: number, measure: Measure): CellLayout {
  const lines = wrapTokens(tokens, width, size, measure);
  const lineHeight = size * PT_TO_MM * LINE_FACTOR;
  return { size, lines, lineHeight, height: lines.length * lineHeight };
}

function fits(layout: CellLayout, width: number, height: number, measure: Measure): boolean {
  return layout.height <= height && layout.lines.every((l) => measure(l, layout.size) <= width);
}

/**
 * The plain list at a comfortable size if it fits; else ranges ("1–4, 7"), shrinking the
 * font down to CELL_FONT.min; else ranges at the minimum size with a taller `height`,
 * which the caller uses to grow the matrix row.
 */
export function layoutCellNumbers(
  numbers: readonly number[],
  width: number,
  height: number,
  measure: Measure,
): CellLayout {
  if (numbers.length === 0) return { size: CELL_FONT.max, lines: [], lineHeight: 0, height: 0 };
  const plain = [...numbers].sort((a, b) => a - b).map(String);
  const ranged = compactNumbers(numbers);
  for (let size: number = CELL_FONT.max; size >= CELL_FONT.explicitMin; size -= CELL_FONT.step) {
    const layout = layoutAt(plain, width, size, measure);
    if (fits(layout, width, height, measure)) return layout;
  }
  for (let size: number = CELL_FONT.max; size >= CELL_FONT.min; size -= CELL_FONT.step) {
    const layout = layoutAt(ranged, width, size, measure);
    if (fits(layout, width, height, measure)) return layout;
  }
  return layoutAt(ranged, width, CELL_FONT.min, measure);
}
