import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  assertEscapedOutputOnly,
  compileMjml,
  compileTemplates,
  precompileHandlebars,
  squeezeWhitespace,
} from '../../../scripts/compile-templates.js';

const outDir = await mkdtemp(path.join(os.tmpdir(), 'nd-templates-'));
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('compile-templates', () => {
  it('compiles templates/digest.mjml under strict validation into a runtime-only module', async () => {
    const { html, files } = await compileTemplates({ outDir });
    expect(files.map((f) => path.basename(f)).sort()).toEqual([
      'digest-template.d.ts',
      'digest-template.html',
      'digest-template.js',
    ]);
    expect(html).toContain('{{#each stories}}');
    const js = await readFile(path.join(outDir, 'digest-template.js'), 'utf8');
    expect(js).toContain("from 'handlebars/runtime.js'");
    // The Lambda must never load mjml or the Handlebars compiler.
    expect(js).not.toMatch(/from ['"]mjml|require\(['"]mjml|from ['"]handlebars['"]/);
  });

  it('has no unescaped (triple-stash or ampersand) output in the template or the compiled HTML', async () => {
    const source = await readFile(path.resolve('templates/digest.mjml'), 'utf8');
    const html = await readFile(path.join(outDir, 'digest-template.html'), 'utf8');
    for (const t of [source, html]) {
      expect(t).not.toContain('{{{');
      expect(t).not.toMatch(/\{\{~?\s*&/);
    }
  });

  it('squeezes out indentation but keeps the spaces between words and attributes', () => {
    const html = '<table\n   align="center"  role="presentation">\n  <tr>\n    <td>\n      <p>a <strong>b</strong> c</p>\n    </td>\n  </tr>\n</table>';
    expect(squeezeWhitespace(html)).toBe('<table align="center" role="presentation"><tr><td><p>a <strong>b</strong> c</p></td></tr></table>');
  });

  it('refuses unescaped output', () => {
    expect(() => assertEscapedOutputOnly('<p>{{{title}}}</p>', 't')).toThrow(/unescaped/);
    expect(() => assertEscapedOutputOnly('<p>{{~{title}~}}</p>', 't')).toThrow(/unescaped/);
    expect(() => assertEscapedOutputOnly('<p>\n{{& title}}</p>', 't')).toThrow(/t:2/);
    expect(() => assertEscapedOutputOnly('<p>{{title}}</p>', 't')).not.toThrow();
  });

  it('fails on invalid MJML instead of rendering it', async () => {
    const badAttribute = '<mjml><mj-body><mj-section><mj-column><mj-text colour="red">x</mj-text></mj-column></mj-section></mj-body></mjml>';
    await expect(compileMjml(badAttribute, 'bad.mjml')).rejects.toThrow(/colour/);
    const badNesting = '<mjml><mj-body><mj-text>x</mj-text></mj-body></mjml>';
    await expect(compileMjml(badNesting, 'bad.mjml')).rejects.toThrow();
    const good = '<mjml><mj-body><mj-section><mj-column><mj-text>{{x}}</mj-text></mj-column></mj-section></mj-body></mjml>';
    await expect(compileMjml(good, 'good.mjml')).resolves.toContain('{{x}}');
  });

  it('precompiles in strict mode: a field missing from the view model is an error, not an empty string', async () => {
    const Handlebars = (await import('handlebars')).default;
    const template = Handlebars.template(new Function(`return ${precompileHandlebars('<p>{{title}}</p>')}`)());
    expect(template({ title: '<b>' })).toBe('<p>&lt;b&gt;</p>');
    expect(() => template({})).toThrow(/title/);
  });
});
