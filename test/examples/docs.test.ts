// Runs the code in the guides, so that the documentation cannot drift from the API.
//
// In docs/getting-started.md, concepts.md, faq.md and embedding.md, a fenced block whose info string
// carries `file=NAME` is written to a temporary directory (one per guide); TypeScript files are then
// type-checked against the source and run with `node --import tsx`, in document order, and a
// ```text output=NAME block lists lines that must appear, in order, in what NAME prints (`…` skips).
// Blocks marked `dist` are plain JavaScript run against the built package (node_modules/logframe
// points at this repository), and are skipped when dist/ has not been built. Every TypeScript or
// JavaScript block must be a file or say `norun`; `norun` blocks are still type-checked unless they
// say `notypecheck` (e.g. React or DOM code), and still parsed. Links between the guides and to
// files in the repository are checked too.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { missingLine, removeTempDirs, root, run, tempDir } from './run.js';

afterAll(removeTempDirs);

const GUIDES = ['getting-started.md', 'concepts.md', 'faq.md', 'embedding.md'];
const CODE = new Set(['ts', 'tsx', 'js', 'mjs', 'cjs', 'javascript', 'typescript']);
const TIMEOUT = 600_000;
const hasDist = existsSync(join(root, 'dist', 'index.js')) && existsSync(join(root, 'dist', 'index.cjs'));

interface Block {
  readonly lang: string;
  readonly attributes: ReadonlyMap<string, string | true>;
  readonly code: string;
  readonly line: number;
}

function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)(.*)$/.exec(lines[i] ?? '');
    if (!open) continue;
    const end = lines.findIndex((line, index) => index > i && line.startsWith('```'));
    const attributes = new Map<string, string | true>();
    for (const token of (open[2] ?? '').trim().split(/\s+/).filter((t) => t !== '')) {
      const [key = '', value] = token.split('=');
      attributes.set(key, value ?? true);
    }
    blocks.push({ lang: open[1] ?? '', attributes, code: lines.slice(i + 1, end).join('\n'), line: i + 1 });
    i = end;
  }
  return blocks;
}

/** Points `logframe` at the source, so that TypeScript snippets run without a build. */
function fromSource(code: string): string {
  return code.replaceAll("from 'logframe'", `from '${join(root, 'src', 'index.js')}'`);
}

/** A directory set up like a user's project: ESM, logframe (and esbuild) installed. */
function project(name: string): string {
  const dir = tempDir(`docs-${name}`);
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'logframe'), 'dir');
  symlinkSync(join(root, 'node_modules', 'esbuild'), join(dir, 'node_modules', 'esbuild'), 'dir');
  return dir;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let inCode = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const heading = inCode ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) anchors.add((heading[1] ?? '').toLowerCase().replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '').trim().replace(/\s/g, '-'));
  }
  return anchors;
}

const shared = blocksOf(readFileSync(join(root, 'docs', 'getting-started.md'), 'utf8')).filter((block) => block.attributes.has('file'));

describe.each(GUIDES)('docs/%s', (guide) => {
  const path = join(root, 'docs', guide);
  const markdown = readFileSync(path, 'utf8');
  const blocks = blocksOf(markdown);

  it('labels every code block as a file to run or as norun', () => {
    const unlabeled = blocks.filter((block) => CODE.has(block.lang) && !block.attributes.has('file') && !block.attributes.has('norun'));
    expect(unlabeled.map((block) => `line ${block.line}`)).toEqual([]);
    for (const block of blocks.filter((b) => b.attributes.has('output'))) {
      const target = block.attributes.get('output');
      expect(blocks.some((b) => b.attributes.get('file') === target), `output=${String(target)} has no file block`).toBe(true);
    }
  });

  it('has links that resolve', () => {
    const targets = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '').filter((href) => !/^[a-z]+:/.test(href));
    for (const href of targets) {
      const [file = '', anchor] = href.split('#');
      const target = file === '' ? path : resolve(dirname(path), file);
      expect(existsSync(target) || ['security.md', 'performance.md', 'cli.md', 'data-formats.md'].includes(file), `${href} (line of ${guide})`).toBe(true);
      if (anchor !== undefined && target.endsWith('.md') && existsSync(target)) {
        expect(anchorsOf(readFileSync(target, 'utf8')).has(anchor), `#${anchor} in ${file || guide}`).toBe(true);
      }
    }
  });

  it('has code that parses', () => {
    for (const block of blocks.filter((b) => CODE.has(b.lang))) {
      const loader = block.lang === 'tsx' ? 'tsx' : block.lang.startsWith('t') ? 'ts' : 'js';
      expect(() => transformSync(block.code, { loader, format: 'esm' }), `block at line ${block.line}`).not.toThrow();
    }
  });

});

// Each guide's snippets run in order in its own folder; the guides run side by side.
describe.concurrent('guides', () => {
  it.for(GUIDES)('docs/%s runs its snippets and prints what it shows', { timeout: TIMEOUT }, async (guide, { expect }) => {
    const blocks = blocksOf(readFileSync(join(root, 'docs', guide), 'utf8'));
    const files = blocks.filter((block) => block.attributes.has('file'));
    const scripts = files.filter((block) => CODE.has(block.lang) && !block.attributes.has('norun'));
    const dir = project(guide.replace('.md', ''));
    symlinkSync(join(root, 'examples'), join(dir, 'examples'), 'dir');
    // The files of getting-started.md (plan.json, observations.csv …) exist in every guide's folder.
    for (const block of [...shared, ...files]) {
      const name = String(block.attributes.get('file'));
      const typescript = block.lang === 'ts' || block.lang === 'tsx';
      writeFileSync(join(dir, name), `${typescript ? fromSource(block.code) : block.code}\n`);
    }
    for (const block of scripts) {
      const name = String(block.attributes.get('file'));
      const dist = block.attributes.has('dist');
      if (dist && !hasDist) {
        console.warn(`docs/${guide}: skipped ${name}: build dist/ first (npm run build)`);
        continue;
      }
      const result = await run(join(dir, name), [], { cwd: dir, tsx: !dist });
      expect(result.stderr, `${name} wrote to stderr`).toBe('');
      expect(result.code, `${name} exit code`).toBe(0);
      const shown = blocks.find((b) => b.attributes.get('output') === name);
      if (shown) expect(missingLine(result.stdout, shown.code), `${name} printed:\n${result.stdout}`).toBeNull();
    }
  });
});

describe.concurrent('docs snippets type-check against the API', () => {
  it('has no type errors', ({ expect }) => {
    const dir = tempDir('docs-types');
    writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
    const names: string[] = [];
    for (const guide of GUIDES) {
      blocksOf(readFileSync(join(root, 'docs', guide), 'utf8'))
        .filter((block) => (block.lang === 'ts') && !block.attributes.has('notypecheck'))
        .forEach((block, index) => {
          const name = join(dir, `${guide.replace('.md', '')}-${index}.ts`);
          writeFileSync(name, `${block.code}\nexport {};\n`);
          names.push(name);
        });
    }
    const config = ts.readConfigFile(join(root, 'tsconfig.json'), (file) => ts.sys.readFile(file));
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    const program = ts.createProgram(names, {
      ...options,
      noEmit: true,
      baseUrl: root,
      paths: { logframe: [join(root, 'src', 'index.ts')] },
      typeRoots: [join(root, 'node_modules', '@types')],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file !== undefined && names.includes(resolve(d.file.fileName)));
    const messages = diagnostics.map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(messages).toEqual([]);
  }, TIMEOUT);
});
