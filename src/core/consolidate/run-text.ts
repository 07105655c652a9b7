/**
 * What a run made of the files it was given, in the pane's words, counted as the CLI's closing lines count them:
 * each file once (a summary expanded into its units is one file, resultsByFile), and what became of the figures of
 * files with errors not accepted — held out of a consolidation, joined with the bad cell as 0 in a rollup
 * (docs/interfaces.md §5).
 */
import { countFileStatuses, resultsByFile, unacceptedErrors } from './status';
import type { FileResult } from './types';

/** A consolidation of unit workbooks and summaries (tổng hợp), or a rollup of summaries of consecutive periods (ghép kỳ). */
export type RunKind = 'consolidate' | 'rollup';

export interface RunText {
  /** `Đã tổng hợp 3/5 tệp`, `Đã ghép 2/2 bảng tổng hợp`. */
  taken: string;
  /** `2 tệp bị loại: …`; '' when none. */
  rejected: string;
  /** What became of the figures of the files with errors not accepted; '' when none. */
  held: string;
}

export function runText(kind: RunKind, files: readonly FileResult[], fileCount: number): RunText {
  const byFile = resultsByFile(files);
  const { rejected } = countFileStatuses(byFile);
  const taken = byFile.length - rejected;
  const held = unacceptedErrors(byFile).length;
  const accept = 'chọn “Chấp nhận số cộng lại” ở tệp đó';
  return {
    taken: kind === 'rollup' ? `Đã ghép ${taken}/${fileCount} bảng tổng hợp` : `Đã tổng hợp ${taken}/${fileCount} tệp`,
    rejected: rejected > 0 ? `${rejected} tệp bị loại: xem lý do trong “Kết quả kiểm tra tệp”.` : '',
    held:
      held === 0
        ? ''
        : kind === 'rollup'
          ? `${held} bảng tổng hợp có lỗi: ô sai được tính là 0 khi ghép; hãy sửa bảng rồi ghép lại, hoặc nếu số liệu là đúng, ${accept}.`
          : `${held} tệp có lỗi: phần số liệu có lỗi không được tính; nếu số cộng lại là đúng, ${accept}.`,
  };
}
