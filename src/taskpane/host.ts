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

export function describeHost(info: HostInfo | null | undefined): HostStatus {
  const host = info?.host ?? null;
  const platform = info?.platform ?? null;
  if (host === null) {
    return { text: 'Trang đang mở ngoài Office: các hàm TTHC chỉ chạy trong Excel.', ok: false };
  }
  const where = platform !== null ? PLATFORMS[platform] ?? platform : null;
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
