/** The text of each paragraph of a Word document (word/document.xml), in order, for tests reading what it says. */
import * as fs from 'fs';
import JSZip from 'jszip';

export async function docxParagraphs(file: string): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}
