'use strict';
/**
 * Where the built add-in will be served from (địa chỉ máy chủ đặt add-in). manifest.xml in the repository names
 * the development server; a build for an intranet server rewrites every URL of the manifest to TONGHOP_BASE_URL.
 * Everything else the build emits uses relative URLs, so the manifest is the only file that changes.
 */

/** The development server's base URL, as written in manifest.xml (`npm run dev-server`, port 3000). */
const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * The base URL for a build: TONGHOP_BASE_URL normalised to end with '/', or the development URL when unset.
 * Throws an Error with a Vietnamese message when the value cannot serve an Office add-in.
 */
function resolveBaseUrl(value) {
  if (value === undefined || value.trim() === '') return DEV_BASE_URL;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `TONGHOP_BASE_URL="${value}" không phải một địa chỉ web hợp lệ (ví dụ: https://baocao.skhcn.gov.vn/tonghop/).`,
    );
  }
  if (url.protocol !== 'https:') {
    throw new Error(`TONGHOP_BASE_URL phải dùng https (Office chỉ nạp add-in qua https); đang là "${value}".`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new Error(`TONGHOP_BASE_URL không được chứa tên đăng nhập, dấu ? hay dấu #; đang là "${value}".`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** manifest.xml text with every development URL moved under `baseUrl`. */
function manifestForBase(text, baseUrl) {
  if (baseUrl === DEV_BASE_URL) return text;
  return text.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, resolveBaseUrl, manifestForBase };
