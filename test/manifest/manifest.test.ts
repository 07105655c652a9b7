/**
 * manifest.xml passes the offline validator, and broken copies of it fail with the expected message.
 * The checks run in-process (scripts/support/manifest-check.js) and through the `npm run validate` CLI.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const CLI = path.join(ROOT, 'scripts', 'validate-manifest.js');

interface Problem {
  code: string;
  message: string;
}
interface CheckResult {
  errors: Problem[];
  warnings: Problem[];
  origins: string[];
  urls: string[];
}
const { checkManifest, checkWellFormed } = require(path.join(ROOT, 'scripts/support/manifest-check.js')) as {
  checkManifest(text: string, options?: { outputs?: Map<string, string | null>; outputsLabel?: string }): CheckResult;
  checkWellFormed(file: string): Problem | null;
};
const { declaredOutputs, loadWebpackConfig } = require(path.join(ROOT, 'scripts/support/build-outputs.js')) as {
  loadWebpackConfig(p: string): unknown;
  declaredOutputs(config: unknown): { outputs: Map<string, string | null>; problems: string[] };
};

const original = fs.readFileSync(MANIFEST, 'utf8');
const declared = declaredOutputs(loadWebpackConfig(path.join(ROOT, 'webpack.config.js')));

function check(text: string): CheckResult {
  return checkManifest(text, { outputs: declared.outputs, outputsLabel: 'webpack.config.js' });
}

/** Replaces exactly one occurrence, so a test cannot silently stop breaking anything. */
function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const count =
    typeof from === 'string' ? text.split(from).length - 1 : (text.match(new RegExp(from, 'g')) || []).length;
  if (count !== 1) throw new Error(`expected one occurrence of ${String(from)}, found ${count}`);
  return text.replace(from, to);
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-manifest-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function runCli(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env });
}

describe('manifest.xml', () => {
  it('is well-formed XML according to xmllint', () => {
    expect(checkWellFormed(MANIFEST)).toBeNull();
  });

  it('passes every structure check with no warning', () => {
    expect(declared.problems).toEqual([]);
    const r = check(original);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.origins).toEqual(['https://localhost:3000']);
  });

  it('declares the files the manifest points at among the build outputs', () => {
    for (const f of [
      'functions.js',
      'functions.json',
      'functions-vi.json',
      'taskpane.html',
      'taskpane.js',
      'manifest.xml',
      'assets/icon-16.png',
      'assets/icon-80.png',
    ]) {
      expect(declared.outputs.has(f)).toBe(true);
    }
  });

  it('has the identity, locales and shared-runtime wiring the add-in needs', () => {
    expect(original).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
    expect(original).toContain('<Version>1.0.0.0</Version>');
    expect(original).toContain('<DefaultLocale>en-US</DefaultLocale>');
    expect(original).toContain('<Set Name="SharedRuntime" MinVersion="1.1" />');
    expect(original).toContain('<Runtime resid="Taskpane.Url" lifetime="long" />');
    expect(original).toContain('<FunctionFile resid="Taskpane.Url" />');
    expect(original).toContain('<OfficeTab id="TabHome">');
    expect(original).toContain('<bt:String id="Functions.Namespace" DefaultValue="TTHC" />');
    expect(original).not.toContain('<TaskpaneId>');
    // English by default (the fallback), Vietnamese names and descriptions for vi-VN.
    expect(original).toMatch(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json">\s*<bt:Override Locale="vi-VN" Value="https:\/\/localhost:3000\/functions-vi.json" \/>/,
    );
    expect(original).toBe(original.normalize('NFC'));
  });

  it('gives every English display string a vi-VN override', () => {
    const strings = [
      ...original.matchAll(/<(?:bt:String|DisplayName|Description) (?:id="([^"]+)" )?DefaultValue="([^"]*)"(\s*\/)?>/g),
    ];
    expect(strings.length).toBeGreaterThanOrEqual(7);
    for (const m of strings) {
      if (m[1] === 'Functions.Namespace') continue;
      expect(m[3]).toBeUndefined(); // not self-closing: it has an Override child
    }
    const expectedOverrides = strings.length - 1 /* the namespace is not translated */ + 1; /* metadata URL */
    expect((original.match(/Locale="vi-VN"/g) || []).length).toBe(expectedOverrides);
  });

  it('is read by Microsoft office-addin-manifest the same way', () => {
    // In a child process: the package pulls in ES modules that jest's CommonJS runtime cannot load.
    const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(${JSON.stringify(MANIFEST)})
      .then((m) => process.stdout.write(JSON.stringify(m)), (e) => { console.error(e); process.exit(1); });`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const info = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(info).toMatchObject({
      officeAppType: 'TaskPaneApp',
      version: '1.0.0.0',
      defaultLocale: 'en-US',
      hosts: ['Workbook'],
      permissions: 'ReadWriteDocument',
      defaultSettings: { sourceLocation: 'https://localhost:3000/taskpane.html' },
    });
    expect(original).toContain(`<Id>${String(info.id)}</Id>`);
  });
});

describe('broken copies of manifest.xml fail with the expected message', () => {
  const cases: Array<[string, () => string, string, RegExp]> = [
    [
      'an unresolved resid',
      () => replaceOnce(original, '<Label resid="Group.Label" />', '<Label resid="Group.Nhan" />'),
      'RESID_UNRESOLVED',
      /resid "Group\.Nhan" \(dòng \d+, <[^>]*\/Group\/Label>\) không trỏ tới tài nguyên nào trong <Resources>/,
    ],
    [
      'a resid of the wrong kind',
      () => replaceOnce(original, '<Label resid="Group.Label" />', '<Label resid="GetStarted.Description" />'),
      'RESID_KIND',
      /phải trỏ tới bt:ShortStrings, nhưng đang là bt:LongStrings/,
    ],
    [
      'an http URL',
      () =>
        replaceOnce(
          original,
          '"https://localhost:3000/assets/icon-16.png"',
          '"http://localhost:3000/assets/icon-16.png"',
        ),
      'URL_NOT_HTTPS',
      /URL phải dùng https: "http:\/\/localhost:3000\/assets\/icon-16\.png"/,
    ],
    [
      'a second host',
      () => replaceOnce(original, '"https://localhost:3000/functions.js"', '"https://cdn.example.com/functions.js"'),
      'URL_HOSTS',
      /Mọi URL phải cùng một máy chủ; đang có 2: https:\/\/localhost:3000, https:\/\/cdn\.example\.com/,
    ],
    [
      'a second port on the same host',
      () => replaceOnce(original, '"https://localhost:3000/functions.js"', '"https://localhost:3001/functions.js"'),
      'URL_HOSTS',
      /https:\/\/localhost:3001/,
    ],
    [
      'a bad GUID',
      () => replaceOnce(original, /<Id>[^<]+<\/Id>/, '<Id>c5074ce9-5c62-447d-9c2e-09e440a8fa4</Id>'),
      'ID_GUID',
      /<Id> phải là một GUID dạng xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, đang là "c5074ce9-5c62-447d-9c2e-09e440a8fa4"/,
    ],
    [
      'a 3-part version',
      () => replaceOnce(original, '<Version>1.0.0.0</Version>', '<Version>1.0.0</Version>'),
      'VERSION',
      /<Version> phải gồm 4 số/,
    ],
    [
      'an override for the default locale',
      () =>
        replaceOnce(
          original,
          '<bt:Override Locale="vi-VN" Value="https://localhost:3000/functions-vi.json" />',
          '<bt:Override Locale="en-US" Value="https://localhost:3000/functions-vi.json" />',
        ),
      'OVERRIDE_DEFAULT_LOCALE',
      /Override cho en-US trùng ngôn ngữ mặc định/,
    ],
    [
      'a TaskpaneId under the shared runtime',
      () =>
        replaceOnce(
          original,
          '<Action xsi:type="ShowTaskpane">',
          '<Action xsi:type="ShowTaskpane"><TaskpaneId>ButtonId1</TaskpaneId>',
        ),
      'TASKPANE_ID',
      /không được có <TaskpaneId>/,
    ],
    [
      'another namespace',
      () => replaceOnce(original, 'DefaultValue="TTHC"', 'DefaultValue="TONGHOP"'),
      'NAMESPACE',
      /Namespace của hàm tùy chỉnh phải là "TTHC"/,
    ],
    [
      'a short-lived runtime',
      () => replaceOnce(original, 'lifetime="long"', 'lifetime="short"'),
      'RUNTIME',
      /lifetime="long"/,
    ],
    [
      'no SharedRuntime requirement',
      () =>
        replaceOnce(
          original,
          '<Set Name="SharedRuntime" MinVersion="1.1" />',
          '<Set Name="CustomFunctionsRuntime" MinVersion="1.1" />',
        ),
      'SHARED_RUNTIME',
      /SharedRuntime/,
    ],
    [
      'a functions page outside the shared runtime',
      () =>
        replaceOnce(
          original,
          '<Page>\n              <SourceLocation resid="Taskpane.Url" />',
          '<Page>\n              <SourceLocation resid="Help.Url" />',
        ),
      'CF_PAGE',
      /cùng resid với <Runtime> \("Taskpane.Url"\)/,
    ],
    [
      'a URL to a file the build does not emit',
      () =>
        replaceOnce(
          original,
          'DefaultValue="https://localhost:3000/taskpane.html#ham-tthc" />\n      </bt:Urls>',
          'DefaultValue="https://localhost:3000/help.html" />\n      </bt:Urls>',
        ),
      'FILE_MISSING',
      /"help\.html" \(dòng \d+, [^)]*\) không có trong các tệp webpack\.config\.js tạo ra/,
    ],
    [
      'an icon of the wrong size',
      () =>
        replaceOnce(
          original,
          '<bt:Image id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-16.png" />',
          '<bt:Image id="Icon.16" DefaultValue="https://localhost:3000/assets/icon-128.png" />',
        ),
      'ICON_SIZE',
      /"assets\/icon-128\.png" có kích thước 128×128, cần 16×16/,
    ],
    [
      'elements out of order',
      () =>
        replaceOnce(
          replaceOnce(original, '  <Permissions>ReadWriteDocument</Permissions>\n', ''),
          '  <DefaultSettings>',
          '  <Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>',
        ),
      'ORDER',
      /<DefaultSettings> sai thứ tự trong <OfficeApp>/,
    ],
    [
      'a resource id declared twice',
      () => replaceOnce(original, '<bt:Image id="Icon.80"', '<bt:Image id="Icon.64"'),
      'RES_DUPLICATE',
      /id tài nguyên "Icon.64" bị khai báo hai lần/,
    ],
    [
      'a string longer than 125 characters',
      () => replaceOnce(original, 'Value="Mở TongHop"', `Value="${'Mở TongHop '.repeat(12)}"`),
      'STRING_TOO_LONG',
      /Chuỗi "TaskpaneButton.Label" dài quá 125 ký tự/,
    ],
    [
      'a description longer than 250 characters',
      () =>
        replaceOnce(
          original,
          /<Description DefaultValue="TTHC\.\* functions[^"]*"/,
          `<Description DefaultValue="${'x'.repeat(251)}"`,
        ),
      'STRING_TOO_LONG',
      /<Description> dài quá 250 ký tự/,
    ],
    [
      'no Vietnamese functions metadata',
      () =>
        replaceOnce(
          original,
          'Value="https://localhost:3000/functions-vi.json"',
          'Value="https://localhost:3000/functions.json"',
        ),
      'CF_METADATA',
      /functions-vi\.json/,
    ],
  ];

  it.each(cases)('%s', (_label, make, code, message) => {
    const r = check(make());
    const hit = r.errors.filter((e) => e.code === code);
    expect(hit.length).toBeGreaterThan(0);
    expect(hit.map((e) => e.message).join('\n')).toMatch(message);
  });

  it('reports text that is not XML without throwing', () => {
    const r = check('<OfficeApp><Id>x</Id>');
    expect(r.errors).toEqual([
      { code: 'XML_PARSE', message: expect.stringMatching(/phần tử <OfficeApp> không được đóng/) },
    ]);
  });
});

describe('npm run validate (scripts/validate-manifest.js)', () => {
  it('accepts manifest.xml and exits 0', () => {
    const r = runCli(['manifest.xml', '--no-dist']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✔ XML đúng cú pháp (xmllint)');
    expect(r.stdout).toContain('✔ mọi URL dùng https và cùng máy chủ https://localhost:3000');
    expect(r.stdout).toContain('manifest.xml hợp lệ.');
  });

  it('rejects a broken copy with every problem in Vietnamese and exits 1', () => {
    const broken = path.join(tmp, 'broken.xml');
    let text = replaceOnce(original, '<Label resid="Group.Label" />', '<Label resid="Group.Nhan" />');
    text = replaceOnce(
      text,
      '"https://localhost:3000/assets/icon-16.png"',
      '"http://localhost:3000/assets/icon-16.png"',
    );
    text = replaceOnce(text, '"https://localhost:3000/functions.js"', '"https://cdn.example.com/functions.js"');
    text = replaceOnce(text, /<Id>[^<]+<\/Id>/, '<Id>not-a-guid</Id>');
    fs.writeFileSync(broken, text);
    const r = runCli([broken, '--no-dist']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('✘ [RESID_UNRESOLVED] resid "Group.Nhan"');
    expect(r.stderr).toContain('✘ [URL_NOT_HTTPS] URL phải dùng https');
    expect(r.stderr).toContain('✘ [URL_HOSTS] Mọi URL phải cùng một máy chủ');
    expect(r.stderr).toContain('✘ [ID_GUID] <Id> phải là một GUID');
    expect(r.stderr).toContain("✘ [SCHEMA] Manifest không đúng lược đồ XSD của Microsoft (dòng 16): Element 'Id'");
    expect(r.stderr).toMatch(/KHÔNG hợp lệ: 5 lỗi\./);
  });

  it('reports XML that is not well-formed through xmllint', () => {
    const bad = path.join(tmp, 'not-xml.xml');
    fs.writeFileSync(bad, original.replace('</OfficeApp>', ''));
    const r = runCli([bad, '--no-dist']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('✘ [XML_NOT_WELL_FORMED] XML không hợp lệ (xmllint)');
  });

  it('fails clearly when xmllint is not installed', () => {
    const r = runCli(['manifest.xml', '--no-dist'], { ...process.env, PATH: path.join(tmp, 'no-such-dir') });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Không tìm thấy xmllint — cài libxml2-utils');
  });

  it('checks the URLs against a build directory given with --dist', () => {
    const dist = path.join(tmp, 'dist');
    fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
    for (const f of ['functions.js', 'functions.json', 'functions-vi.json', 'taskpane.html'])
      fs.writeFileSync(path.join(dist, f), '');
    for (const s of [32, 64, 80])
      fs.copyFileSync(path.join(ROOT, 'assets', `icon-${s}.png`), path.join(dist, 'assets', `icon-${s}.png`));
    fs.copyFileSync(path.join(ROOT, 'assets', 'icon-32.png'), path.join(dist, 'assets', 'icon-16.png')); // wrong size
    const r = runCli(['manifest.xml', '--dist', dist]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\[ICON_SIZE\] "assets\/icon-16\.png" có kích thước 32×32, cần 16×16/);
    fs.copyFileSync(path.join(ROOT, 'assets', 'icon-16.png'), path.join(dist, 'assets', 'icon-16.png'));
    fs.rmSync(path.join(dist, 'functions-vi.json'));
    const r2 = runCli(['manifest.xml', '--dist', dist]);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toMatch(/\[FILE_MISSING\] "functions-vi\.json" .* không có trong các tệp .*dist\/ tạo ra/);
  });

  it('rejects unknown options with exit status 2', () => {
    const r = runCli(['--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('tùy chọn không rõ: --bogus');
  });
});
