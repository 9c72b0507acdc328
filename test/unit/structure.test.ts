/**
 * The pipeline's structural rules, checked on its source: small modules (no file over 400 lines, no function over
 * 80), and no module-level mutable state (caches and scratch tables belong to an object whose lifetime says what they
 * cover: an article, a story, a day). The state check reads the source with the TypeScript parser:
 *  - no module-level `let` or `var`;
 *  - a module-level Map, Set or array is typed ReadonlyMap / ReadonlySet / readonly (the compiler then refuses every
 *    write; `as const` arrays are readonly too), no module-level memo, and no
 *    module-level WeakMap, WeakSet or instance of any other class (an object with methods may change inside);
 *  - a module-level typed array is a lookup table: filled where it is declared (at load) and never written from
 *    inside a function;
 *  - a module-level const holding a closure from `once` is the one allowed lazy value: computed on first use,
 *    immutable after (see lambdas/pipeline/once.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_LINES, MAX_FUNCTION_LINES, sizeFindings, sourceFiles } from '../../scripts/sizes.js';

const PIPELINE = path.resolve(__dirname, '../../lambdas/pipeline');

/** Constructors whose module-level instances never change after they are made. */
const IMMUTABLE_CONSTRUCTORS = new Set(['RegExp', 'Intl.Segmenter', 'Intl.DateTimeFormat', 'Intl.NumberFormat', 'Intl.Collator', 'Error']);
const TYPED_ARRAYS = new Set(['Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array']);

function mutableState(file: string, text = readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const where = (node: ts.Node): string => `${path.relative(PIPELINE, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
  const out: string[] = [];
  const typedArrays = new Set<string>();
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    if (!(list.flags & ts.NodeFlags.Const)) {
      out.push(`${where(statement)} module-level let/var`);
      continue;
    }
    for (const d of list.declarations) {
      const init = d.initializer;
      if (init && ts.isArrayLiteralExpression(init) && !/^(readonly |Readonly)/u.test(d.type?.getText(sf) ?? '')) {
        out.push(`${where(d)} ${d.name.getText(sf)}: a module-level array must be typed readonly`);
      }
      if (init && ts.isCallExpression(init) && init.expression.getText(sf) === 'boundedMemo') {
        out.push(`${where(d)} ${d.name.getText(sf)}: a module-level memo`);
      }
      if (!init || !ts.isNewExpression(init)) continue;
      const ctor = init.expression.getText(sf);
      const name = d.name.getText(sf);
      const type = d.type?.getText(sf) ?? '';
      if (ctor === 'Map' || ctor === 'Set') {
        if (!/^Readonly(Map|Set)</u.test(type)) out.push(`${where(d)} ${name}: a module-level ${ctor} must be typed Readonly${ctor}`);
      } else if (TYPED_ARRAYS.has(ctor)) {
        typedArrays.add(name);
      } else if (!IMMUTABLE_CONSTRUCTORS.has(ctor)) {
        out.push(`${where(d)} ${name}: a module-level ${ctor} instance`);
      }
    }
  }
  // A lookup table is written only at load: no write to it from inside a function.
  const visit = (node: ts.Node, inFunction: boolean): void => {
    const fn = inFunction || ts.isFunctionLike(node);
    if (
      fn &&
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastAssignment &&
      ts.isElementAccessExpression(node.left) &&
      typedArrays.has(node.left.expression.getText(sf))
    ) {
      out.push(`${where(node)} writes the module-level table ${node.left.expression.getText(sf)} from a function`);
    }
    ts.forEachChild(node, (child) => visit(child, fn));
  };
  visit(sf, false);
  return out;
}

describe('the pipeline keeps its modules small', () => {
  it(`has no file over ${MAX_FILE_LINES} lines and no function over ${MAX_FUNCTION_LINES}`, () => {
    const findings = sizeFindings([PIPELINE]).map((f) => `${path.relative(PIPELINE, f.file)} ${f.kind === 'function' ? f.name + ' ' : ''}${f.lines} lines`);
    expect(findings).toEqual([]);
  });
});

describe('the pipeline keeps no module-level mutable state', () => {
  it('declares no module-level let, writable collection, class instance or written table', () => {
    expect(sourceFiles([PIPELINE]).flatMap((f) => mutableState(f))).toEqual([]);
  });

  it('finds each kind of module-level state it forbids (the check can fail)', () => {
    const source = [
      'let hits = 0;',
      'const seen = new Map<string, number>();',
      'const words: ReadonlySet<string> = new Set(["a"]);',
      'const byUnit = new WeakMap<object, number>();',
      'const marks = new IdMarks();',
      'const PATTERN = new RegExp("a");',
      'const names = ["a"];',
      'const NAMES: readonly string[] = ["a"];',
      'const cached = boundedMemo((s: string) => s, 10);',
      'const TABLE = new Uint8Array(4);',
      'TABLE[0] = 1;',
      'function learn(c: number): void { TABLE[c] = 2; }',
    ].join('\n');
    const found = mutableState(path.join(PIPELINE, 'probe.ts'), source).map((f) => f.replace(/^probe\.ts:\d+ /u, ''));
    expect(found).toEqual([
      'module-level let/var',
      'seen: a module-level Map must be typed ReadonlyMap',
      'byUnit: a module-level WeakMap instance',
      'marks: a module-level IdMarks instance',
      'names: a module-level array must be typed readonly',
      'cached: a module-level memo',
      'writes the module-level table TABLE from a function',
    ]);
  });
});
