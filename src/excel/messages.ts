/**
 * What the user reads when writing into the workbook fails (thông báo cho người dùng), in Vietnamese (NFC),
 * and the error the writer throws.
 */

export type WriteErrorKind = 'host' | 'layout' | 'read' | 'confirm' | 'write' | 'rollback';

export class WriteError extends Error {
  /** Office error code behind the failure, when there is one (e.g. RequestPayloadSizeLimitExceeded). */
  readonly code: string | null;
  /** True when the workbook is exactly as it was before the call. */
  readonly unchanged: boolean;
  /** Sheets this run may have left behind (only when the rollback itself failed). */
  readonly leftovers: string[];

  constructor(
    readonly kind: WriteErrorKind,
    message: string,
    opts: { code?: string | null; unchanged: boolean; leftovers?: string[]; cause?: unknown },
  ) {
    super(message.normalize('NFC'));
    this.name = 'WriteError';
    this.code = opts.code ?? null;
    this.unchanged = opts.unchanged;
    this.leftovers = opts.leftovers ?? [];
    if (opts.cause !== undefined) (this as { cause?: unknown }).cause = opts.cause;
  }
}

export const MSG = {
  noExcel: 'Không tìm thấy Excel: hãy mở TongHop từ trong Excel để ghi báo cáo tổng hợp vào sổ tính đang mở.',
  tooOld: (version: string) =>
    `Phiên bản Excel này chưa hỗ trợ ghi báo cáo tổng hợp vào sổ tính (cần bộ API ExcelApi ${version}: Excel cho Microsoft 365, Excel 2021 trở lên hoặc Excel trên web). ` +
    'Hãy cập nhật Excel, hoặc dùng chức năng tải tệp tổng hợp (.xlsx).',
  cellTooLong: (sheet: string, cell: string, length: number) =>
    `Ô ${cell} của trang ${sheet} dài ${length.toLocaleString('vi-VN')} ký tự, vượt giới hạn 32.767 ký tự của một ô Excel; chưa ghi gì vào sổ tính.`,
  readFailed: (reason: string) =>
    `Không đọc được danh sách trang tính của sổ tính: ${reason}. Chưa ghi gì vào sổ tính.`,
  confirmFailed: 'Đã dừng: không nhận được xác nhận thay thế các trang tính tổng hợp cũ. Sổ tính được giữ nguyên.',
  writeFailedRestored: (reason: string) =>
    `Không ghi được báo cáo tổng hợp vào sổ tính: ${reason}. Sổ tính đã được khôi phục nguyên trạng như trước khi ghi.`,
  writeFailedRestoredRenamed: (reason: string, renamed: Array<[string, string]>) =>
    `Không ghi được báo cáo tổng hợp vào sổ tính: ${reason}. Sổ tính đã được khôi phục, nhưng ` +
    renamed.map(([from, to]) => `trang tính cũ "${from}" nay mang tên "${to}"`).join(', ') +
    ' vì tên cũ đã có trang tính khác dùng trong lúc ghi.',
  writeFailedNotRestored: (reason: string, leftovers: string[]) =>
    `Không ghi được báo cáo tổng hợp vào sổ tính: ${reason}. Việc khôi phục cũng không hoàn tất` +
    (leftovers.length > 0
      ? `; các trang tính sau có thể còn sót lại và cần xóa bằng tay: ${leftovers.join(', ')}.`
      : '; hãy kiểm tra lại các trang tính.'),
  cleanupRetried: 'Báo cáo mới đã được ghi; lần xóa các trang tính tổng hợp cũ đầu tiên bị lỗi nên đã được làm lại.',
} as const;

/** Why an Office call failed, in words for the user, from the error's code. */
export function reasonOf(error: unknown): string {
  const code = codeOf(error);
  switch (code) {
    case 'RequestPayloadSizeLimitExceeded':
      return 'dữ liệu gửi sang Excel trong một lần vượt quá giới hạn 5 MB của Excel trên web';
    case 'ResponsePayloadSizeLimitExceeded':
    case 'MemoryLimitReached':
    case 'RangeExceedsLimit':
    case 'OperationCellsExceedLimit':
      return 'Excel không đủ tài nguyên để xử lý khối dữ liệu lớn như vậy';
    case 'ItemAlreadyExists':
      return 'tên trang tính bị trùng (có thể vừa có trang tính được thêm hoặc đổi tên trong lúc ghi)';
    case 'InvalidArgument':
      return 'Excel từ chối một giá trị, định dạng hoặc tên trang tính không hợp lệ';
    case 'ItemNotFound':
    case 'InvalidReference':
    case 'InvalidObjectPath':
      return 'một trang tính hoặc vùng ô cần ghi không còn nữa (có thể vừa bị xóa hoặc đổi tên trong lúc ghi)';
    case 'AccessDenied':
      return 'sổ tính hoặc trang tính đang được bảo vệ, hay chỉ cho phép đọc';
    case 'InvalidOperationInCellEditMode':
      return 'Excel đang ở chế độ sửa ô; hãy nhấn Enter hoặc Esc rồi thử lại';
    case 'InactiveWorkbook':
      return 'sổ tính không còn là sổ tính đang làm việc (có nhiều sổ tính đang mở)';
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'ApiNotAvailable':
      return 'phiên bản Excel này không hỗ trợ một chức năng cần dùng';
    case 'ConnectionFailure':
    case 'RequestAborted':
    case 'ServiceNotAvailable':
    case 'Timeout':
      return 'mất kết nối với Excel';
    case 'Conflict':
    case 'InsertDeleteConflict':
      return 'có thay đổi khác cùng lúc trên sổ tính (ví dụ người khác đang cùng sửa)';
    case null:
      return 'lỗi không xác định trong lúc ghi';
    default:
      return `Excel báo lỗi (mã ${code})`;
  }
}

export function codeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code !== '' ? code : null;
}
