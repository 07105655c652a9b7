/**
 * The import graph of src/, read with the TypeScript compiler's own pre-processor (every `import`, `export … from`,
 * `import x = require()`, `require()` and `import()`), for the architecture tests.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export const SRC = path.resolve(__dirname, '..', '..', 'src');

export interface Import {
  /** Importing file, relative to src/ with forward slashes (`core/unit/template.ts`). */
  from: string;
  /** The specifier as written. */
  spec: string;
  /** The file it resolves to, relative to src/ (`core/layout.ts`, `core/data/x.json`); null for a package. */
  to: string | null;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const rel = (p: string) => path.relative(SRC, p).split(path.sep).join('/');

function resolveRelative(fromFile: string, spec: string): string {
  const base = path.resolve(path.dirname(fromFile), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return rel(c);
  }
  throw new Error(`${rel(fromFile)}: cannot resolve '${spec}'`);
}

export function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map(({ fileName: spec }) => ({
    from: rel(file),
    spec,
    to: spec.startsWith('.') ? resolveRelative(file, spec) : null,
  }));
}

/** Every import of every TypeScript file under src/. */
export function allImports(): Import[] {
  return sourceFiles(SRC).flatMap(importsOf);
}

/** The layer of a file: its first folder under src/ (`core`, `io`, `excel`, `taskpane`, `cli`, `functions`). */
export const layerOf = (file: string) => file.split('/')[0];

/**
 * The module of a core file: its folder under src/core (`unit`, `report`…), or the file itself for the few files
 * at the core's root (`findings.ts`, `grid.ts`, `layout.ts`).
 */
export function coreModuleOf(file: string): string {
  const parts = file.split('/');
  return parts[1];
}

/** Strongly connected components with more than one node (Tarjan): each is a cycle of the graph. */
export function cycles(edges: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const c: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        c.push(w);
      } while (w !== v);
      if (c.length > 1) found.push(c.sort());
    }
  };
  const nodes = new Set([...edges.keys(), ...[...edges.values()].flatMap((s) => [...s])]);
  for (const v of [...nodes].sort()) if (!index.has(v)) visit(v);
  return found.sort((a, b) => a[0].localeCompare(b[0]));
}

export function graph(pairs: Array<[string, string]>): Map<string, Set<string>> {
  const g = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    if (a === b) continue;
    if (!g.has(a)) g.set(a, new Set());
    g.get(a)!.add(b);
  }
  return g;
}
