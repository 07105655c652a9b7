'use strict';
/**
 * Offline structure checks of manifest.xml (an add-in only manifest for a TaskPaneApp with custom
 * functions in a shared runtime). Every problem is { code, message } with a Vietnamese message.
 * Well-formedness is checked separately with xmllint (see checkWellFormed).
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { parseXml, XmlError, attrNs, qnameValue, walk, children, child, pathOf } = require('./xml');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

const GUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION_RE = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/;
const LOCALE_RE = /^[a-z]{2,3}-[A-Z]{2}$/;

/** Order of OfficeApp's children for a TaskPaneApp (OfficeAppManifestV1_1.xsd). */
const TOP_LEVEL_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
];

/** Resource kind each referencing element needs (bt:*ResourceReference types in the schemas). */
const RESOURCE_KINDS = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  Runtime: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Namespace: 'ShortStrings',
  Description: 'LongStrings',
};
const KIND_LABEL = {
  Images: 'bt:Image',
  Urls: 'bt:Url',
  ShortStrings: 'bt:ShortStrings',
  LongStrings: 'bt:LongStrings',
};
const MAX_LENGTH = { ShortStrings: 125, LongStrings: 250 };

/**
 * Runs `xmllint --noout --nonet` on a file. Returns null when well-formed, otherwise a problem.
 * A missing xmllint is a problem too: this check must not be skipped silently.
 */
function checkWellFormed(file) {
  const r = spawnSync('xmllint', ['--noout', '--nonet', file], { encoding: 'utf8' });
  if (r.error && /** @type {NodeJS.ErrnoException} */ (r.error).code === 'ENOENT') {
    return {
      code: 'XMLLINT_MISSING',
      message: 'Không tìm thấy xmllint — cài libxml2-utils (apt-get install libxml2-utils) rồi chạy lại.',
    };
  }
  if (r.error) return { code: 'XMLLINT_FAILED', message: `Không chạy được xmllint: ${r.error.message}` };
  if (r.status !== 0) {
    return { code: 'XML_NOT_WELL_FORMED', message: `XML không hợp lệ (xmllint):\n${(r.stderr || '').trim()}` };
  }
  return null;
}

/** Microsoft's manifest schema, copied into the repository (schemas/office/README.md says from where). */
const SCHEMA = path.resolve(__dirname, '..', '..', 'schemas', 'office', 'OfficeAppManifestV1_1.xsd');

/**
 * Validates manifest text against Microsoft's XSD with `xmllint --schema` (offline). Returns the problems found,
 * one per schema error, each naming its line; an empty list when the schema accepts the text.
 */
function checkSchema(text) {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, '-'], { input: text, encoding: 'utf8' });
  if (r.error && /** @type {NodeJS.ErrnoException} */ (r.error).code === 'ENOENT') {
    return [
      {
        code: 'XMLLINT_MISSING',
        message: 'Không tìm thấy xmllint — cài libxml2-utils (apt-get install libxml2-utils) rồi chạy lại.',
      },
    ];
  }
  if (r.error) return [{ code: 'XMLLINT_FAILED', message: `Không chạy được xmllint: ${r.error.message}` }];
  if (r.status === 0) return [];
  const problems = [];
  for (const line of (r.stderr || '').split('\n')) {
    const m = /^-:(\d+): (?:element [^:]+: )?(?:Schemas validity error|parser error) : (.*)$/.exec(line);
    if (!m) continue;
    const detail = m[2].replace(/\{https?:\/\/[^}]*\}/g, '').trim();
    problems.push({
      code: 'SCHEMA',
      message: `Manifest không đúng lược đồ XSD của Microsoft (dòng ${m[1]}): ${detail}`,
    });
  }
  if (problems.length === 0) {
    problems.push({
      code: 'SCHEMA',
      message: `Manifest không đúng lược đồ XSD của Microsoft (xmllint):\n${(r.stderr || '').trim()}`,
    });
  }
  return problems;
}

/** Width and height of a PNG file, or null when it is not a PNG. */
function pngSize(file) {
  const buf = fs.readFileSync(file);
  if (buf.length < 24 || buf.readUInt32BE(0) !== 0x89504e47 || buf.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/**
 * Checks manifest text: Microsoft's XSD (unless `schema: false`), then the rules it cannot express. options:
 *   outputs:      Map of files the build emits (relative posix path → local file or null); when given,
 *                 every manifest URL's path must be one of them
 *   outputsLabel: where `outputs` came from, for messages (e.g. "dist/" or "webpack.config.js")
 *   namespace:    expected custom functions namespace (default TTHC)
 */
function checkManifest(text, options = {}) {
  const errors = [];
  const warnings = [];
  const err = (code, message) => errors.push({ code, message });
  const warn = (code, message) => warnings.push({ code, message });
  const expectedNamespace = options.namespace || 'TTHC';

  let root;
  try {
    root = parseXml(text);
  } catch (e) {
    if (e instanceof XmlError) {
      err('XML_PARSE', `Không đọc được manifest: ${e.message}`);
      return { errors, warnings };
    }
    throw e;
  }
  const at = (el) => `dòng ${el.line}, <${pathOf(el)}>`;

  // Microsoft's schema: whatever it rejects, Office rejects. The checks below add what it cannot express.
  if (options.schema !== false) errors.push(...checkSchema(text));

  // --- root and top-level elements -------------------------------------------------------------
  if (root.local !== 'OfficeApp' || root.ns !== NS.app) {
    err('ROOT', `Phần tử gốc phải là <OfficeApp> trong namespace ${NS.app}`);
    return { errors, warnings };
  }
  const appType = qnameValue(root, attrNs(root, NS.xsi, 'type'));
  if (!appType || appType.local !== 'TaskPaneApp') err('APP_TYPE', '<OfficeApp> phải có xsi:type="TaskPaneApp"');

  const top = root.children.filter((c) => c.ns === NS.app);
  let lastIndex = -1;
  for (const el of top) {
    const i = TOP_LEVEL_ORDER.indexOf(el.local);
    if (i < 0) {
      err('ORDER', `Phần tử không được phép trong <OfficeApp>: <${el.local}> (${at(el)})`);
    } else if (i < lastIndex) {
      err(
        'ORDER',
        `<${el.local}> sai thứ tự trong <OfficeApp> (${at(el)}); thứ tự đúng: ${TOP_LEVEL_ORDER.join(', ')}`,
      );
    } else {
      lastIndex = i;
    }
  }
  for (const name of TOP_LEVEL_ORDER) {
    if (children(root, name, NS.app).length > 1) err('DUPLICATE', `<${name}> xuất hiện nhiều lần trong <OfficeApp>`);
  }
  const textOf = (name) => {
    const el = child(root, name, NS.app);
    return el ? el.text.trim() : undefined;
  };

  const id = textOf('Id');
  if (id === undefined) err('ID_GUID', 'Thiếu <Id> (GUID của add-in)');
  else if (!GUID_RE.test(id))
    err('ID_GUID', `<Id> phải là một GUID dạng xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, đang là "${id}"`);

  const version = textOf('Version');
  const vm = version && VERSION_RE.exec(version);
  if (!vm || vm.slice(1).some((n) => Number(n) > 65535)) {
    err('VERSION', `<Version> phải gồm 4 số (mỗi số 0–65535), ví dụ 1.0.0.0; đang là "${version ?? ''}"`);
  }

  if (!textOf('ProviderName')) err('REQUIRED', 'Thiếu <ProviderName>');

  const defaultLocale = textOf('DefaultLocale');
  if (!defaultLocale || !LOCALE_RE.test(defaultLocale)) {
    err('LOCALE', `<DefaultLocale> phải có dạng ngôn ngữ-QUỐC GIA (ví dụ vi-VN); đang là "${defaultLocale ?? ''}"`);
  }

  // DisplayName is a ShortLocaleAwareSetting (≤ 125 characters), Description a LongLocaleAwareSetting (≤ 250).
  for (const [name, max] of [
    ['DisplayName', 125],
    ['Description', 250],
  ]) {
    const el = child(root, name, NS.app);
    if (!el || !el.attrs.DefaultValue) {
      err('REQUIRED', `Thiếu <${name} DefaultValue="…">`);
      continue;
    }
    const values = [el.attrs.DefaultValue, ...children(el, 'Override', NS.app).map((o) => o.attrs.Value || '')];
    if (values.some((v) => v.length > max)) err('STRING_TOO_LONG', `<${name}> dài quá ${max} ký tự (${at(el)})`);
  }

  const hosts = child(root, 'Hosts', NS.app);
  if (!hosts || !children(hosts, 'Host', NS.app).some((h) => h.attrs.Name === 'Workbook')) {
    err('HOSTS', '<Hosts> phải có <Host Name="Workbook"/> (Excel)');
  }

  const sets = [];
  const reqs = child(root, 'Requirements', NS.app);
  const setsEl = reqs && child(reqs, 'Sets', NS.app);
  if (setsEl) for (const s of children(setsEl, 'Set', NS.app)) sets.push(s);
  const shared = sets.find((s) => s.attrs.Name === 'SharedRuntime');
  if (!shared || (shared.attrs.MinVersion || setsEl.attrs.DefaultMinVersion) !== '1.1') {
    err('SHARED_RUNTIME', '<Requirements> phải yêu cầu <Set Name="SharedRuntime" MinVersion="1.1"/>');
  }

  const permissions = textOf('Permissions');
  if (permissions !== 'ReadWriteDocument') {
    err('PERMISSIONS', `<Permissions> phải là ReadWriteDocument (đang là "${permissions ?? ''}")`);
  }

  // --- overrides: locale format, no duplicates, none for the default locale ---------------------
  for (const el of walk(root)) {
    const overrides = el.children.filter((c) => c.local === 'Override' && c.attrs.Locale !== undefined);
    const seen = new Set();
    for (const o of overrides) {
      const loc = o.attrs.Locale;
      if (!LOCALE_RE.test(loc)) err('LOCALE', `Override Locale="${loc}" sai dạng (${at(o)})`);
      if (seen.has(loc.toLowerCase())) err('OVERRIDE_DUPLICATE', `Có hai Override cho ${loc} (${at(o)})`);
      seen.add(loc.toLowerCase());
      if (defaultLocale && loc.toLowerCase() === defaultLocale.toLowerCase()) {
        err(
          'OVERRIDE_DEFAULT_LOCALE',
          `Override cho ${loc} trùng ngôn ngữ mặc định (${at(o)}): Office không dùng Override cho DefaultLocale, hãy đặt giá trị đó vào DefaultValue`,
        );
      }
      if (o.attrs.Value === undefined) err('REQUIRED', `Override thiếu thuộc tính Value (${at(o)})`);
    }
  }

  // --- VersionOverrides and resources ------------------------------------------------------------
  const vo = child(root, 'VersionOverrides', NS.ov);
  if (!vo) {
    err(
      'VERSION_OVERRIDES',
      'Thiếu <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides">',
    );
  }
  const resources = new Map(); // id -> { kind, el }
  const resourcesEl = vo && child(vo, 'Resources', NS.ov);
  if (vo && !resourcesEl) err('RESOURCES', 'Thiếu <Resources> trong <VersionOverrides>');
  if (resourcesEl) {
    for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
      const group = child(resourcesEl, kind, NS.bt);
      if (!group) continue;
      for (const r of group.children) {
        const resId = r.attrs.id;
        if (!resId) {
          err('REQUIRED', `Tài nguyên thiếu id (${at(r)})`);
          continue;
        }
        if (resources.has(resId)) err('RES_DUPLICATE', `id tài nguyên "${resId}" bị khai báo hai lần (${at(r)})`);
        resources.set(resId, { kind, el: r });
        if (r.attrs.DefaultValue === undefined) err('REQUIRED', `Tài nguyên "${resId}" thiếu DefaultValue (${at(r)})`);
        const max = MAX_LENGTH[kind];
        if (max) {
          const values = [r.attrs.DefaultValue || '', ...r.children.map((o) => o.attrs.Value || '')];
          if (values.some((v) => v.length > max))
            err('STRING_TOO_LONG', `Chuỗi "${resId}" dài quá ${max} ký tự (${at(r)})`);
        }
      }
    }
  }

  const used = new Set();
  for (const el of walk(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const res = resources.get(resid);
    if (!res) {
      err('RESID_UNRESOLVED', `resid "${resid}" (${at(el)}) không trỏ tới tài nguyên nào trong <Resources>`);
      continue;
    }
    const want = RESOURCE_KINDS[el.local];
    if (want && res.kind !== want) {
      err(
        'RESID_KIND',
        `resid "${resid}" (${at(el)}) phải trỏ tới ${KIND_LABEL[want]}, nhưng đang là ${KIND_LABEL[res.kind]}`,
      );
    }
  }
  for (const [resId, res] of resources) {
    if (!used.has(resId)) warn('RES_UNUSED', `Tài nguyên "${resId}" không được dùng (${at(res.el)})`);
  }
  const urlOf = (resid) => {
    const r = resources.get(resid);
    return r && r.kind === 'Urls' ? r.el : undefined;
  };

  // --- shared runtime, custom functions, ribbon ----------------------------------------------------
  const voHosts = vo && child(vo, 'Hosts', NS.ov);
  const workbook =
    voHosts &&
    children(voHosts, 'Host', NS.ov).find((h) => (qnameValue(h, attrNs(h, NS.xsi, 'type')) || {}).local === 'Workbook');
  let runtimeResid;
  if (vo && !workbook) err('VO_HOST', '<VersionOverrides> phải có <Host xsi:type="Workbook">');
  if (workbook) {
    const runtimes = child(workbook, 'Runtimes', NS.ov);
    const runtime = runtimes && child(runtimes, 'Runtime', NS.ov);
    if (!runtime) {
      err(
        'RUNTIME',
        'Thiếu <Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes> trong <Host xsi:type="Workbook">',
      );
    } else {
      runtimeResid = runtime.attrs.resid;
      if (runtime.attrs.lifetime !== 'long') err('RUNTIME', `<Runtime> phải có lifetime="long" (${at(runtime)})`);
      if (workbook.children[0] !== runtimes)
        err('ORDER', '<Runtimes> phải là phần tử đầu tiên trong <Host xsi:type="Workbook">');
    }

    const all = child(workbook, 'AllFormFactors', NS.ov);
    const cf =
      all &&
      children(all, 'ExtensionPoint', NS.ov).find(
        (e) => (qnameValue(e, attrNs(e, NS.xsi, 'type')) || {}).local === 'CustomFunctions',
      );
    if (!cf) {
      err('CUSTOM_FUNCTIONS', 'Thiếu <AllFormFactors><ExtensionPoint xsi:type="CustomFunctions"> (hàm tùy chỉnh)');
    } else {
      const loc = (name) => {
        const holder = child(cf, name, NS.ov);
        const sl = holder && child(holder, 'SourceLocation', NS.ov);
        return sl && sl.attrs.resid;
      };
      const urlValues = (resid) => {
        const u = urlOf(resid);
        return u ? [u.attrs.DefaultValue || '', ...u.children.map((o) => o.attrs.Value || '')] : [];
      };
      const fileOf = (url) => {
        try {
          return new URL(url).pathname.split('/').pop();
        } catch {
          return '';
        }
      };
      const script = loc('Script');
      if (!script || !urlValues(script).every((u) => fileOf(u) === 'functions.js')) {
        err('CF_SCRIPT', '<Script> của hàm tùy chỉnh phải trỏ tới functions.js');
      }
      const page = loc('Page');
      if (!page || page !== runtimeResid) {
        err(
          'CF_PAGE',
          `<Page> của hàm tùy chỉnh phải dùng cùng resid với <Runtime> ("${runtimeResid ?? ''}") để chạy chung runtime với ngăn tác vụ`,
        );
      }
      const metadata = loc('Metadata');
      const metaFiles = metadata ? urlValues(metadata).map(fileOf) : [];
      if (!metadata || metaFiles.length === 0 || !metaFiles.every((f) => /^functions(-[a-z]{2})?\.json$/.test(f))) {
        err('CF_METADATA', '<Metadata> phải trỏ tới functions.json (hoặc functions-xx.json cho từng ngôn ngữ)');
      } else if (!metaFiles.includes('functions.json') || !metaFiles.includes('functions-vi.json')) {
        err(
          'CF_METADATA',
          '<Metadata> phải có cả functions-vi.json (tên hàm tiếng Việt) và functions.json (tiếng Anh)',
        );
      }
      const nsEl = child(cf, 'Namespace', NS.ov);
      const nsRes = nsEl && resources.get(nsEl.attrs.resid);
      const nsValues = nsRes ? [nsRes.el.attrs.DefaultValue, ...nsRes.el.children.map((o) => o.attrs.Value)] : [];
      if (!nsRes || nsValues.some((v) => v !== expectedNamespace)) {
        err(
          'NAMESPACE',
          `Namespace của hàm tùy chỉnh phải là "${expectedNamespace}" (không dịch theo ngôn ngữ); đang là "${nsValues.join('", "')}"`,
        );
      }
    }

    const desktop = child(workbook, 'DesktopFormFactor', NS.ov);
    if (!desktop) {
      err('DESKTOP', 'Thiếu <DesktopFormFactor> (nút mở ngăn tác vụ)');
    } else {
      const ff = child(desktop, 'FunctionFile', NS.ov);
      if (!ff || ff.attrs.resid !== runtimeResid) {
        err('FUNCTION_FILE', `<FunctionFile> phải dùng cùng resid với <Runtime> ("${runtimeResid ?? ''}")`);
      }
      const actions = [...walk(desktop)].filter(
        (e) => e.local === 'Action' && (qnameValue(e, attrNs(e, NS.xsi, 'type')) || {}).local === 'ShowTaskpane',
      );
      const homeTab = [...walk(desktop)].find((e) => e.local === 'OfficeTab' && e.attrs.id === 'TabHome');
      if (!homeTab) err('RIBBON', 'Nút mở ngăn tác vụ phải nằm trên thẻ Trang đầu (<OfficeTab id="TabHome">)');
      if (actions.length === 0) err('RIBBON', 'Thiếu nút <Action xsi:type="ShowTaskpane">');
      for (const a of actions) {
        if (child(a, 'TaskpaneId', NS.ov)) {
          err(
            'TASKPANE_ID',
            `<Action xsi:type="ShowTaskpane"> không được có <TaskpaneId> khi dùng runtime dùng chung (${at(a)})`,
          );
        }
        const sl = child(a, 'SourceLocation', NS.ov);
        if (!sl || sl.attrs.resid !== runtimeResid) {
          err(
            'TASKPANE_URL',
            `ShowTaskpane phải mở cùng trang với <Runtime> (resid "${runtimeResid ?? ''}") (${at(a)})`,
          );
        }
      }
    }
  }

  // --- URLs: https, one origin, files the build emits, icon sizes --------------------------------
  const urls = []; // { value, el, what }
  const addUrl = (value, el) => {
    if (value !== undefined) urls.push({ value, el });
  };
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const el = child(root, name, NS.app);
    if (!el) continue;
    addUrl(el.attrs.DefaultValue, el);
    for (const o of children(el, 'Override', NS.app)) addUrl(o.attrs.Value, o);
  }
  const ds = child(root, 'DefaultSettings', NS.app);
  const dsLoc = ds && child(ds, 'SourceLocation', NS.app);
  if (!dsLoc) err('REQUIRED', 'Thiếu <DefaultSettings><SourceLocation DefaultValue="…"/>');
  else {
    addUrl(dsLoc.attrs.DefaultValue, dsLoc);
    for (const o of children(dsLoc, 'Override', NS.app)) addUrl(o.attrs.Value, o);
  }
  const appDomains = child(root, 'AppDomains', NS.app);
  if (appDomains) for (const d of children(appDomains, 'AppDomain', NS.app)) addUrl(d.text.trim(), d);
  for (const res of resources.values()) {
    if (res.kind !== 'Images' && res.kind !== 'Urls') continue;
    addUrl(res.el.attrs.DefaultValue, res.el);
    for (const o of res.el.children) addUrl(o.attrs.Value, o);
  }

  // The base every URL must sit under: the folder of the task pane page (a server may host the add-in under a path).
  let basePath = '/';
  try {
    if (dsLoc && dsLoc.attrs.DefaultValue) basePath = new URL(dsLoc.attrs.DefaultValue).pathname.replace(/[^/]*$/, '');
  } catch {
    // reported below as URL_INVALID
  }
  const origins = new Map(); // origin -> first place
  for (const u of urls) {
    let parsed;
    try {
      parsed = new URL(u.value);
    } catch {
      err('URL_INVALID', `URL không hợp lệ: "${u.value}" (${at(u.el)})`);
      continue;
    }
    if (parsed.protocol !== 'https:') {
      err('URL_NOT_HTTPS', `URL phải dùng https: "${u.value}" (${at(u.el)})`);
      continue;
    }
    if (!origins.has(parsed.origin)) origins.set(parsed.origin, u);
    if (u.el.local !== 'AppDomain' && !parsed.pathname.startsWith(basePath)) {
      err('URL_OUTSIDE_BASE', `URL "${u.value}" (${at(u.el)}) không nằm trong thư mục của ngăn tác vụ (${basePath})`);
      continue;
    }
    u.path = decodeURIComponent(parsed.pathname.slice(basePath.length)).replace(/^\/+/, '');
  }
  if (origins.size > 1) {
    err('URL_HOSTS', `Mọi URL phải cùng một máy chủ; đang có ${origins.size}: ${[...origins.keys()].join(', ')}`);
  }

  const outputs = options.outputs;
  const label = options.outputsLabel || 'bản build';
  if (outputs) {
    for (const u of urls) {
      if (u.path === undefined || u.el.local === 'AppDomain') continue;
      if (!outputs.has(u.path)) {
        err('FILE_MISSING', `"${u.path || '/'}" (${at(u.el)}) không có trong các tệp ${label} tạo ra`);
      }
    }
  }

  // Icon sizes: IconUrl 32×32, HighResolutionIconUrl 64×64, bt:Image as used with size="N".
  const expected = new Map(); // url -> { size, where }
  const expectSize = (url, size, el) => {
    if (url !== undefined) expected.set(url, { size, el });
  };
  const iconUrl = child(root, 'IconUrl', NS.app);
  if (iconUrl) expectSize(iconUrl.attrs.DefaultValue, 32, iconUrl);
  const hiRes = child(root, 'HighResolutionIconUrl', NS.app);
  if (hiRes) expectSize(hiRes.attrs.DefaultValue, 64, hiRes);
  for (const el of walk(root)) {
    if (el.local !== 'Image' || el.ns !== NS.bt || el.attrs.resid === undefined || el.attrs.size === undefined)
      continue;
    const res = resources.get(el.attrs.resid);
    if (res && res.kind === 'Images') {
      for (const v of [res.el.attrs.DefaultValue, ...res.el.children.map((o) => o.attrs.Value)]) {
        const prev = expected.get(v);
        if (prev && prev.size !== Number(el.attrs.size)) {
          err('ICON_SIZE', `Ảnh "${v}" được dùng với hai kích thước ${prev.size} và ${el.attrs.size}`);
        }
        expectSize(v, Number(el.attrs.size), el);
      }
    }
  }
  if (outputs) {
    for (const [url, { size, el }] of expected) {
      const u = urls.find((x) => x.value === url);
      const local = u && u.path !== undefined ? outputs.get(u.path) : undefined;
      if (!local || !fs.existsSync(local)) continue;
      const dim = pngSize(local);
      if (!dim) err('ICON_FORMAT', `"${u.path}" không phải ảnh PNG (${at(el)})`);
      else if (dim.width !== size || dim.height !== size) {
        err('ICON_SIZE', `"${u.path}" có kích thước ${dim.width}×${dim.height}, cần ${size}×${size} (${at(el)})`);
      }
    }
  }

  return { errors, warnings, origins: [...origins.keys()], urls: urls.map((u) => u.value) };
}

module.exports = { checkManifest, checkSchema, checkWellFormed, pngSize, NS, SCHEMA, TOP_LEVEL_ORDER };
