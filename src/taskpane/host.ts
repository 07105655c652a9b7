/**
 * Describes where the pane is running, in Vietnamese, from the info Office.onReady gives.
 * Pure (no Office or DOM access) so it can be tested outside Office; compares plain strings because
 * Office.HostType / Office.PlatformType are string enums that exist only once office.js has loaded.
 */

export interface HostInfo {
  host: string | null | undefined;
  platform: string | null | undefined;
}

export interface HostStatus {
  text: string;
  /** true when the custom functions can run here (Excel). */
  ok: boolean;
}

const PLATFORMS: Record<string, string> = {
  PC: 'Windows',
  Mac: 'macOS',
  OfficeOnline: 'trình duyệt (Excel trên web)',
  iOS: 'iPad/iPhone',
  Android: 'Android',
  Universal: 'Windows (Universal)',
};

/**
 * Requirement sets without which TongHop cannot run in Excel: the pane and the =TTHC functions share one runtime
 * (SharedRuntime 1.1), and the functions need the custom functions runtime. Microsoft's tables: Microsoft 365
 * (Windows version 2002+), Excel 2021 volume-licensed (version 2108+), Excel 2024, Excel on the web, Mac 16.35+.
 */
export const REQUIRED_SETS: ReadonlyArray<[name: string, version: string]> = [
  ['SharedRuntime', '1.1'],
  ['CustomFunctionsRuntime', '1.1'],
];

/** What a user of an Excel too old for the add-in sees, and what to do instead. */
export const EXCEL_TOO_OLD =
  'Phiên bản Excel này chưa chạy được TongHop: cần Excel cho Microsoft 365, Excel 2021 trở lên, Excel trên web ' +
  'hoặc Excel cho Mac 16.35 trở lên. Với Excel 2016 hoặc 2019, hãy dùng công cụ dòng lệnh tonghop để tổng hợp ' +
  '(tonghop consolidate <thư mục tệp đơn vị>), xem Hướng dẫn sử dụng.';

/**
 * isSetSupported answers for the running Excel (Office.context.requirements.isSetSupported); it is optional because
 * outside Office there is nothing to ask.
 */
export function describeHost(
  info: HostInfo | null | undefined,
  isSetSupported?: (name: string, version: string) => boolean,
): HostStatus {
  const host = info?.host ?? null;
  const platform = info?.platform ?? null;
  if (host === null) {
    return { text: 'Trang đang mở ngoài Office: các hàm TTHC chỉ chạy trong Excel.', ok: false };
  }
  const where = platform !== null ? (PLATFORMS[platform] ?? platform) : null;
  if (host === 'Excel' && isSetSupported && REQUIRED_SETS.some(([name, version]) => !isSetSupported(name, version))) {
    return { text: EXCEL_TOO_OLD, ok: false };
  }
  if (host === 'Excel') {
    return { text: `Đã kết nối với Excel${where ? ` trên ${where}` : ''}. Các hàm TTHC đã sẵn sàng.`, ok: true };
  }
  return { text: `TongHop chỉ dùng được trong Excel (đang mở trong ${host}).`, ok: false };
}

/** Shown when office.js could not be loaded at all (e.g. no access to appsforoffice.microsoft.com). */
export const OFFICE_JS_MISSING: HostStatus = {
  text: 'Không tải được office.js từ appsforoffice.microsoft.com; kiểm tra kết nối mạng rồi mở lại ngăn.',
  ok: false,
};
