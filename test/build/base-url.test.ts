/** TONGHOP_BASE_URL: which values a build for a server accepts, and how the manifest's URLs move under it. */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const { DEV_BASE_URL, resolveBaseUrl, manifestForBase } = require(path.join(ROOT, 'scripts/support/base-url.js')) as {
  DEV_BASE_URL: string;
  resolveBaseUrl(v: string | undefined): string;
  manifestForBase(text: string, base: string): string;
};

describe('TONGHOP_BASE_URL', () => {
  test.each([
    [undefined, DEV_BASE_URL],
    ['', DEV_BASE_URL],
    ['https://baocao.skhcn.gov.vn/tonghop', 'https://baocao.skhcn.gov.vn/tonghop/'],
    ['https://baocao.skhcn.gov.vn/tonghop/', 'https://baocao.skhcn.gov.vn/tonghop/'],
    [' https://10.0.0.5:8443/ ', 'https://10.0.0.5:8443/'],
    ['https://BaoCao.SKHCN.gov.vn', 'https://baocao.skhcn.gov.vn/'],
  ])('%j → %s', (value, base) => {
    expect(resolveBaseUrl(value)).toBe(base);
  });

  test.each([
    ['http://baocao.skhcn.gov.vn/tonghop/', /phải dùng https/],
    ['baocao.skhcn.gov.vn/tonghop', /không phải một địa chỉ web hợp lệ/],
    ['https://baocao.skhcn.gov.vn/tonghop/?v=2', /không được chứa/],
    ['https://admin:matkhau@baocao.skhcn.gov.vn/', /không được chứa/],
  ])('%j is refused with a Vietnamese reason', (value, reason) => {
    expect(() => resolveBaseUrl(value)).toThrow(reason);
  });

  test('moves every URL of manifest.xml under the base and leaves no development URL', () => {
    const text = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    const moved = manifestForBase(text, 'https://baocao.skhcn.gov.vn/tonghop/');
    expect(moved).not.toContain('localhost');
    expect(moved.split('https://baocao.skhcn.gov.vn/tonghop/').length - 1).toBe(text.split(DEV_BASE_URL).length - 1);
    expect(moved).toContain('<SourceLocation DefaultValue="https://baocao.skhcn.gov.vn/tonghop/taskpane.html" />');
    expect(manifestForBase(text, DEV_BASE_URL)).toBe(text);
  });
});
