/**
 * The office's own report template (.docx) filled with the summary, by docxtemplater over PizZip. The data and the
 * meaning of each placeholder come from the core (core/report/document/template-data); this file only binds them
 * to the library. An unknown placeholder is a finding and stays in the document as typed, so nobody misses it.
 */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { finding, type Finding } from '../core/findings';
import { lookupPath } from '../core/report/document/template-data';

export interface FilledTemplate {
  bytes: Uint8Array;
  /** One warning per unknown placeholder, naming it. */
  findings: Finding[];
}

/** The template cannot be used at all (not a .docx, tags that do not close); the message is Vietnamese. */
export class TemplateError extends Error {}

interface TagError {
  properties?: { id?: string; xtag?: string; explanation?: string; errors?: TagError[] };
}

const TAG_PROBLEMS: Record<string, string> = {
  unclosed_tag: 'thiếu dấu } đóng',
  unopened_tag: 'thiếu dấu { mở',
  unclosed_loop: 'mở vòng lặp mà không có {/…} đóng',
  unopened_loop: 'đóng vòng lặp mà không có {#…} mở',
  closing_tag_does_not_match_opening_tag: 'thẻ đóng không khớp thẻ mở',
  duplicate_open_tag: 'hai dấu { liền nhau',
  duplicate_close_tag: 'hai dấu } liền nhau',
};

function describe(e: TagError): string {
  const id = e.properties?.id ?? '';
  const tag = e.properties?.xtag ? `«${e.properties.xtag}»` : '';
  return [tag, TAG_PROBLEMS[id] ?? e.properties?.explanation ?? id].filter((s) => s !== '').join(': ');
}

function templateError(file: string, e: unknown): TemplateError {
  const errors = (e as TagError).properties?.errors;
  const list = errors && errors.length > 0 ? errors.map(describe) : [describe(e as TagError)];
  return new TemplateError(
    `Mẫu báo cáo ${file} có chỗ điền viết sai, sửa trong Word rồi chạy lại: ${list.slice(0, 5).join('; ')}.`,
  );
}

/** Fills `template` (the bytes of a .docx) with `data`; `file` names the template in findings and errors. */
export function fillDocxTemplate(template: Uint8Array, data: Record<string, unknown>, file: string): FilledTemplate {
  let zip: PizZip;
  try {
    zip = new PizZip(template);
  } catch {
    throw new TemplateError(`Mẫu báo cáo ${file} không phải tệp Word (.docx).`);
  }
  const unknown = new Map<string, Finding>();
  const report = (tag: string): void => {
    if (unknown.has(tag)) return;
    unknown.set(
      tag,
      finding(
        { file, sheet: '', cell: '' },
        'warning',
        'TEMPLATE_UNKNOWN_PLACEHOLDER',
        `Mẫu báo cáo có chỗ điền «{${tag}}» mà TongHop không có số liệu nào tương ứng: chỗ này được để nguyên trong văn bản.`,
      ),
    );
  };
  let doc: Docxtemplater;
  try {
    doc = new Docxtemplater(zip, {
      // Its errors become our Vietnamese message; left on, it prints them as JSON on stdout (where --json goes).
      errorLogging: false,
      paragraphLoop: true,
      linebreaks: true,
      parser: (tag: string) => ({
        get: (scope: unknown, context: { meta?: { part?: { module?: string } } }) => {
          const v = lookupPath(scope, tag);
          // A plain placeholder must be a text; a group of figures there would print "[object Object]".
          const plain = !context.meta?.part?.module;
          return plain && v !== null && typeof v === 'object' ? undefined : v;
        },
      }),
      nullGetter: (part: { value?: string; module?: string }) => {
        const tag = String(part.value ?? '');
        report(tag);
        if (part.module) return part.module.includes('loop') ? false : '';
        return `{${tag}}`;
      },
    });
  } catch (e) {
    throw templateError(file, e);
  }
  try {
    doc.render(data);
  } catch (e) {
    throw templateError(file, e);
  }
  const bytes = doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, findings: [...unknown.values()] };
}
