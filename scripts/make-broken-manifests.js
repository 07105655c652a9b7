#!/usr/bin/env node
'use strict';
/**
 * Broken copies of manifest.xml, each one defect that Microsoft's manifest schema (schemas/office/) rejects.
 * The tests (test/manifest/schema.test.ts) check that xmllint --schema and scripts/support/manifest-check.js
 * reject every one of them. Each defect is a single, exact text change: a change that no longer applies to the
 * manifest stops the script rather than silently testing an unbroken file.
 *
 *   node scripts/make-broken-manifests.js [DIR]     writes DIR/NN-name.xml (default test/output/broken-manifests)
 */
const fs = require('fs');
const path = require('path');

/** Replaces exactly one occurrence of `from`. */
function once(text, from, to) {
  const count = text.split(from).length - 1;
  if (count !== 1)
    throw new Error(`make-broken-manifests: expected one occurrence of ${JSON.stringify(from)}, found ${count}`);
  return text.replace(from, () => to);
}

/** Cuts the element starting at `open` (through the matching `close`) and returns [text without it, the cut]. */
function cut(text, open, close) {
  const i = text.indexOf(open);
  if (i < 0 || text.indexOf(open, i + 1) >= 0)
    throw new Error(`make-broken-manifests: expected one ${JSON.stringify(open)}`);
  const j = text.indexOf(close, i) + close.length;
  return [text.slice(0, i) + text.slice(j), text.slice(i, j)];
}

/** Moves the element starting at `open` to just before the element starting at `before`. */
function moveBefore(text, open, close, before) {
  const [rest, piece] = cut(text, open, close);
  return once(rest, before, piece + before);
}

/** Moves the element starting at `open` to just after `after` (an exact, unique string). */
function moveAfter(text, open, close, after) {
  const [rest, piece] = cut(text, open, close);
  return once(rest, after, after + piece);
}

/** Applies `change` to the part of `text` from `start` up to (not including) `end` only. */
function within(text, start, end, change) {
  const i = text.indexOf(start);
  const j = text.indexOf(end, i);
  if (i < 0 || j < 0) throw new Error(`make-broken-manifests: no ${JSON.stringify(start)} … ${JSON.stringify(end)}`);
  return text.slice(0, i) + change(text.slice(i, j)) + text.slice(j);
}

/**
 * The defects: name (file name part), what is wrong, and how to make it from the manifest's text.
 * @type {Array<[string, string, (text: string) => string]>}
 */
const DEFECTS = [
  [
    'runtime-lifetime',
    'Runtime lifetime outside short | long',
    (t) => once(t, 'lifetime="long"', 'lifetime="forever"'),
  ],
  [
    'runtimes-after-allformfactors',
    '<Runtimes> after <AllFormFactors>',
    (t) => moveAfter(t, '<Runtimes>', '</Runtimes>', '</AllFormFactors>'),
  ],
  [
    'shortstring-126',
    'a ShortString of 126 characters',
    (t) => once(t, 'DefaultValue="Report consolidation"', `DefaultValue="${'x'.repeat(126)}"`),
  ],
  [
    'longstring-251',
    'a LongString of 251 characters',
    (t) =>
      once(
        t,
        'DefaultValue="Open the TongHop pane: consolidate the units\' reports and look up the TTHC functions."',
        `DefaultValue="${'y'.repeat(251)}"`,
      ),
  ],
  [
    'namespace-before-metadata',
    '<Namespace> before <Metadata>',
    (t) => moveBefore(t, '<Namespace resid=', '/>', '<Metadata>'),
  ],
  ['script-after-page', '<Script> after <Page>', (t) => moveAfter(t, '<Script>', '</Script>', '</Page>')],
  [
    'supertip-description-first',
    'Supertip <Description> before <Title>',
    (t) => moveBefore(t, '<Description resid="TaskpaneButton.Tooltip"', '/>', '<Title resid="TaskpaneButton.Label"'),
  ],
  [
    'control-icon-before-supertip',
    "a Control's <Icon> before <Supertip>",
    (t) => within(t, '<Control ', '</Control>', (c) => moveBefore(c, '<Icon>', '</Icon>', '<Supertip>')),
  ],
  ['getstarted-no-learnmoreurl', '<GetStarted> without <LearnMoreUrl>', (t) => cut(t, '<LearnMoreUrl', '/>')[0]],
  [
    'functionfile-before-getstarted',
    '<FunctionFile> before <GetStarted>',
    (t) => moveBefore(t, '<FunctionFile', '/>', '<GetStarted>'),
  ],
  [
    'group-icon-before-label',
    "a Group's <Icon> before <Label>",
    (t) => within(t, '<Group ', '<Control ', (g) => moveBefore(g, '<Icon>', '</Icon>', '<Label resid="Group.Label"')),
  ],
  [
    'version-5-parts',
    'a Version of five parts',
    (t) => once(t, '<Version>1.0.0.0</Version>', '<Version>1.0.0.0.1</Version>'),
  ],
  ['id-not-guid', 'an Id that is not a GUID', (t) => t.replace(/<Id>[^<]+<\/Id>/, '<Id>tonghop-addin</Id>')],
  [
    'resid-33-chars',
    'a resid of 33 characters',
    (t) => t.split('"Taskpane.Url"').join(`"${'Taskpane.Url.'.padEnd(33, 'x')}"`),
  ],
  [
    'permissions-unknown',
    'Permissions outside the four values',
    (t) => once(t, '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteEverything</Permissions>'),
  ],
  ['no-default-locale', 'no <DefaultLocale>', (t) => once(t, '<DefaultLocale>en-US</DefaultLocale>', '')],
  [
    'unknown-element',
    'an element the schema does not know',
    (t) => once(t, '<Permissions>', '<Telemetry>on</Telemetry>\n  <Permissions>'),
  ],
  [
    'displayname-twice',
    '<DisplayName> twice',
    (t) =>
      once(t, '<Description DefaultValue=', '<DisplayName DefaultValue="TongHop" />\n  <Description DefaultValue='),
  ],
  [
    'control-without-id',
    'a Control without id',
    (t) => once(t, '<Control xsi:type="Button" id="TongHop.ShowTaskpane">', '<Control xsi:type="Button">'),
  ],
  [
    'extension-point-unknown-type',
    'an ExtensionPoint of an unknown type',
    (t) => once(t, '<ExtensionPoint xsi:type="PrimaryCommandSurface">', '<ExtensionPoint xsi:type="StatusBar">'),
  ],
  [
    'set-without-name',
    'a requirement Set without Name',
    (t) => once(t, '<Set Name="SharedRuntime" MinVersion="1.1" />', '<Set MinVersion="1.1" />'),
  ],
  [
    'source-location-no-value',
    'DefaultSettings SourceLocation without DefaultValue',
    (t) =>
      t.replace(
        /<SourceLocation DefaultValue="[^"]+" \/>\n {2}<\/DefaultSettings>/,
        '<SourceLocation />\n  </DefaultSettings>',
      ),
  ],
  [
    'image-size-not-number',
    'a bt:Image size that is not a number',
    (t) => t.replace('<bt:Image size="16" resid="Icon.16" />', '<bt:Image size="small" resid="Icon.16" />'),
  ],
  ['hosts-empty', 'an empty <Hosts>', (t) => once(t, '<Hosts>\n    <Host Name="Workbook" />\n  </Hosts>', '<Hosts />')],
];

/** Every broken manifest made from `text`: { name, what, text }. */
function brokenManifests(text) {
  return DEFECTS.map(([name, what, make], i) => {
    const broken = make(text);
    if (broken === text) throw new Error(`make-broken-manifests: "${name}" changed nothing`);
    return { name: `${String(i + 1).padStart(2, '0')}-${name}`, what, text: broken };
  });
}

module.exports = { brokenManifests };

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  const dir = path.resolve(process.argv[2] || path.join(root, 'test', 'output', 'broken-manifests'));
  fs.mkdirSync(dir, { recursive: true });
  const source = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
  for (const m of brokenManifests(source)) fs.writeFileSync(path.join(dir, `${m.name}.xml`), m.text);
  process.stdout.write(`${DEFECTS.length} manifest hỏng đã ghi vào ${dir}\n`);
}
