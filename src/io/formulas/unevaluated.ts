/**
 * Formulas a file was saved with but no cached value (công thức chưa có giá trị đã tính), as every reader lists
 * them in Grid.formulas. One warning per sheet naming the first such cell.
 */
import { a1, type Grid } from '../../core/grid';
import { finding, type Finding } from '../../core/findings';
import { viInt } from '../limits';

export function unevaluatedFormulaFindings(grids: readonly Grid[], file: string): Finding[] {
  const out: Finding[] = [];
  for (const g of grids) {
    if (!g.formulas || g.formulas.size === 0) continue;
    const [r, c] = [...g.formulas.keys()].map((k) => k.split(',').map(Number)).sort((x, y) => x[0] - y[0] || x[1] - y[1])[0];
    const cell = a1(r, c);
    out.push(
      finding(
        { file, sheet: g.name, cell },
        'warning',
        'READ_FORMULA_NO_VALUE',
        `Trang "${g.name}" có ${viInt(g.formulas.size)} ô công thức chưa có giá trị đã tính (ô đầu tiên: ${cell}); ` +
          'các ô này được coi là trống. Hãy mở tệp bằng Excel, để Excel tính lại rồi lưu và gửi lại.',
      ),
    );
  }
  return out;
}
