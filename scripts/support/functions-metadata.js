'use strict';
/**
 * Post-processing of the custom-functions metadata that custom-functions-metadata generates from
 * the JSDoc of src/functions/functions.ts:
 *
 * 1. patchMetadata(): sets the top-level `allowErrorForDataTypeAny: true`. custom-functions-metadata
 *    2.2.3 has no JSDoc tag for it (its generator only writes `allowCustomDataForDataTypeAny`), and
 *    Microsoft's docs say the property works only in hand-written JSON. Without it Excel does not call
 *    a function at all when an `any`/`any[][]` argument holds an error value (e.g. one #N/A cell in a
 *    register column), so the function could not name the bad cell as the spec requires.
 *    The property is top-level: it applies to every parameter of type `any`.
 *
 * 2. translateMetadata(): builds the Vietnamese metadata (functions-vi.json) from the English one and
 *    the translation table src/functions/functions-vi.names.json. Ids, types, dimensionality,
 *    optional flags and options are copied; only display names and descriptions change. Any function
 *    or parameter missing from the table is an error, so the table cannot fall behind the code.
 */

const FUNCTION_ID_RE = /^[A-Z][A-Z0-9_.]*$/;
/** Vietnamese function names: ASCII upper case, at least 3 characters, starting with a letter. */
const VI_FUNCTION_NAME_RE = /^[A-Z][A-Z0-9_.]{2,}$/;
/** Parameter names: Unicode letters/digits and underscores (no spaces), as Excel shows them in tooltips. */
const VI_PARAM_NAME_RE = /^[\p{L}\p{N}_]+$/u;
/** A1 (up to XFD1048576) and R1C1 references: a name that looks like one would be read as a cell. */
const A1_RE = /^[A-Z]{1,3}[0-9]+$/;
const R1C1_RE = /^R[0-9]*C[0-9]*$/;

function isCellReference(name) {
  if (A1_RE.test(name)) {
    const letters = name.match(/^[A-Z]+/)[0];
    let col = 0;
    for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
    const row = Number(name.slice(letters.length));
    return col <= 16384 && row >= 1 && row <= 1048576;
  }
  return R1C1_RE.test(name);
}

/** Returns true when any parameter of any function is of type `any` (scalar or matrix). */
function takesAny(meta) {
  return (meta.functions || []).some((f) => (f.parameters || []).some((p) => (p.type || 'any') === 'any'));
}

/**
 * Returns a copy of the metadata with `allowErrorForDataTypeAny: true` placed right after
 * `allowCustomDataForDataTypeAny` (or first), keeping every other key in its order.
 */
function patchMetadata(meta) {
  const out = {};
  let placed = false;
  const wants = takesAny(meta);
  for (const [k, v] of Object.entries(meta)) {
    if (k === 'allowErrorForDataTypeAny') continue;
    if (!placed && wants && k === 'functions') {
      out.allowErrorForDataTypeAny = true;
      placed = true;
    }
    out[k] = v;
    if (!placed && wants && k === 'allowCustomDataForDataTypeAny') {
      out.allowErrorForDataTypeAny = true;
      placed = true;
    }
  }
  if (wants && !placed) out.allowErrorForDataTypeAny = true;
  return out;
}

function isNfc(s) {
  return typeof s === 'string' && s === s.normalize('NFC');
}

/**
 * Builds the Vietnamese metadata. Returns { metadata, errors, warnings } — messages in Vietnamese.
 * `table` is the parsed functions-vi.names.json.
 */
function translateMetadata(meta, table) {
  const errors = [];
  const warnings = [];
  const tableFns = (table && table.functions) || {};
  if (!table || typeof table.functions !== 'object') {
    errors.push('bảng dịch thiếu khóa "functions"');
  }
  const ids = new Set((meta.functions || []).map((f) => f.id));
  const viNames = new Map();

  const functions = (meta.functions || []).map((f) => {
    if (!FUNCTION_ID_RE.test(f.id)) errors.push(`id hàm "${f.id}" phải viết hoa, chỉ gồm A–Z, 0–9, "_" và "."`);
    const entry = tableFns[f.id];
    const copy = JSON.parse(JSON.stringify(f));
    if (!entry) {
      errors.push(`hàm ${f.id} có trong functions.json nhưng chưa có trong bảng dịch functions-vi.names.json`);
      return copy;
    }
    const where = `bảng dịch, hàm ${f.id}`;
    if (typeof entry.name !== 'string' || !VI_FUNCTION_NAME_RE.test(entry.name)) {
      errors.push(
        `${where}: tên "${entry.name}" phải viết hoa không dấu (A–Z, 0–9, "_", "."), ít nhất 3 ký tự, bắt đầu bằng chữ`,
      );
    } else if (isCellReference(entry.name)) {
      errors.push(`${where}: tên "${entry.name}" trùng dạng địa chỉ ô (A1/R1C1)`);
    } else if (viNames.has(entry.name)) {
      errors.push(`${where}: tên "${entry.name}" đã dùng cho hàm ${viNames.get(entry.name)}`);
    } else if (ids.has(entry.name) && entry.name !== f.id) {
      errors.push(`${where}: tên "${entry.name}" trùng id của một hàm khác`);
    }
    if (typeof entry.name === 'string') viNames.set(entry.name, f.id);
    if (typeof entry.description !== 'string' || !entry.description.trim()) {
      errors.push(`${where}: thiếu mô tả (description)`);
    } else if (!isNfc(entry.description)) {
      errors.push(`${where}: mô tả chưa chuẩn hóa Unicode NFC`);
    }
    copy.name = entry.name;
    copy.description = entry.description;

    const tableParams = entry.parameters || {};
    const seen = new Set();
    copy.parameters = (f.parameters || []).map((p) => {
      const pe = tableParams[p.name];
      if (!pe) {
        errors.push(`hàm ${f.id}: tham số "${p.name}" chưa có trong bảng dịch`);
        return p;
      }
      const pw = `${where}, tham số ${p.name}`;
      if (typeof pe.name !== 'string' || !VI_PARAM_NAME_RE.test(pe.name) || !isNfc(pe.name)) {
        errors.push(`${pw}: tên "${pe.name}" chỉ được gồm chữ, số và "_" (NFC, không dấu cách)`);
      } else if (seen.has(pe.name)) {
        errors.push(`${pw}: tên "${pe.name}" bị lặp trong cùng hàm`);
      }
      seen.add(pe.name);
      if (typeof pe.description !== 'string' || !pe.description.trim()) {
        errors.push(`${pw}: thiếu mô tả (description)`);
      } else if (!isNfc(pe.description)) {
        errors.push(`${pw}: mô tả chưa chuẩn hóa Unicode NFC`);
      }
      return { ...p, name: pe.name, description: pe.description };
    });
    for (const extra of Object.keys(tableParams)) {
      if (!(f.parameters || []).some((p) => p.name === extra)) {
        warnings.push(`bảng dịch: hàm ${f.id} có tham số "${extra}" không còn trong functions.json`);
      }
    }
    return copy;
  });

  for (const id of Object.keys(tableFns)) {
    if (!ids.has(id)) warnings.push(`bảng dịch: hàm ${id} chưa có (hoặc không còn) trong functions.json`);
  }
  return { metadata: { ...meta, functions }, errors, warnings };
}

module.exports = { patchMetadata, translateMetadata, takesAny, isCellReference, VI_FUNCTION_NAME_RE, VI_PARAM_NAME_RE };
