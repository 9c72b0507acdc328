/**
 * `npx tsx scripts/sizes.ts [DIR...]`: files over 400 lines and functions over 80 lines (the project's module size
 * rules), found with the TypeScript compiler's parser. test/unit/structure.test.ts holds lambdas/pipeline/ to them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const MAX_FILE_LINES = 400;
export const MAX_FUNCTION_LINES = 80;

export interface SizeFinding {
  file: string;
  name: string;
  lines: number;
  kind: 'file' | 'function';
}

/** The TypeScript sources under some folders (generated code and declarations left out). */
export function sourceFiles(dirs: readonly string[]): string[] {
  return dirs.flatMap(filesUnder);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'generated' || name === 'node_modules' ? [] : filesUnder(p);
    return /\.ts$/u.test(name) && !/\.d\.ts$/u.test(name) && !/\.generated\.ts$/u.test(name) ? [p] : [];
  });
}

function nameOf(node: ts.Node, sf: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(sf);
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText(sf);
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText(sf);
  return `(anonymous at line ${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1})`;
}

/** Every file over MAX_FILE_LINES and every function (of any kind, nested ones too) over MAX_FUNCTION_LINES. */
export function sizeFindings(dirs: readonly string[]): SizeFinding[] {
  const out: SizeFinding[] = [];
  for (const file of sourceFiles(dirs)) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_FILE_LINES) out.push({ file, name: path.basename(file), lines, kind: 'file' });
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
        if (end - start + 1 > MAX_FUNCTION_LINES) out.push({ file, name: nameOf(node, sf), lines: end - start + 1, kind: 'function' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const dirs = process.argv.slice(2);
  const findings = sizeFindings(dirs.length ? dirs : ['lambdas']);
  for (const f of findings) process.stdout.write(`${f.kind === 'file' ? 'file    ' : 'function'} ${f.lines} lines  ${f.file}${f.kind === 'function' ? `  ${f.name}` : ''}\n`);
  if (!findings.length) process.stdout.write('no file over 400 lines, no function over 80\n');
}
