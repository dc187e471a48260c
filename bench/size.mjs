// `npm run size`: what an application pays, minified and gzipped, for importing parts of logframe
// (esbuild, tree-shaken, browser target), against budgets; exits 1 above a budget or when a bundle
// pulls in code that must stay out of it (CLI, CSV, XML). `--dist` measures the built package
// (dist/index.js, after `npm run build`) instead of the sources. `--verbose` lists the biggest
// packages and folders of every bundle (failing bundles always get that list); `--files` lists the
// biggest files instead.
import { gzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = process.argv.includes('--dist') ? join(root, 'dist', 'index.js') : join(root, 'src', 'index.ts');
const verbose = process.argv.includes('--verbose');
const byFile = process.argv.includes('--files');

const FORBIDDEN = [
  { name: 'CLI', pattern: /src\/cli\// },
  { name: 'CSV', pattern: /src\/io\/csv\/|node_modules\/papaparse\// },
  { name: 'XML', pattern: /src\/io\/iati\/|node_modules\/fast-xml-parser\/|node_modules\/fast-xml-builder\// },
];

const BUDGETS = [
  { name: 'parsePeriod', imports: ['parsePeriod'], limit: 10 * 1024 },
  { name: 'parseStrategy', imports: ['parseStrategy'], limit: 80 * 1024 },
  { name: 'evaluate + summarize + toHtml', imports: ['evaluate', 'summarize', 'toHtml'], limit: 110 * 1024 },
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
let failed = false;
for (const budget of BUDGETS) {
  const source = `import { ${budget.imports.join(', ')} } from ${JSON.stringify(entry)};\nexport default [${budget.imports.join(', ')}];\n`;
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'size-entry.js', loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output.inputs).filter(([, info]) => info.bytesInOutput > 0).map(([path]) => relative(root, join(root, path)));
  const leaks = FORBIDDEN.filter((rule) => inputs.some((path) => rule.pattern.test(path))).map((rule) => rule.name);
  const ok = gzip <= budget.limit && leaks.length === 0;
  if (!ok) failed = true;
  const over = gzip > budget.limit ? `, ${kb(gzip - budget.limit)} over` : '';
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${budget.name.padEnd(32)} ${kb(gzip).padStart(9)} min+gzip (limit ${kb(budget.limit)}${over}; ${kb(code.length)} minified)${leaks.length > 0 ? ` — pulls in ${leaks.join(', ')} code` : ''}`);
  if (verbose || byFile || !ok) {
    const byPackage = new Map();
    for (const [path, info] of Object.entries(output.inputs)) {
      const key = byFile
        ? path.replace(/.*node_modules\//, '')
        : path.includes('node_modules/') ? path.replace(/.*node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1') : path.replace(/^(src\/[^/]+).*/, '$1');
      byPackage.set(key, (byPackage.get(key) ?? 0) + info.bytesInOutput);
    }
    for (const [key, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, byFile ? 30 : 12)) console.log(`       ${key.padEnd(byFile ? 52 : 30)} ${kb(bytes).padStart(9)} minified`);
  }
}
process.exit(failed ? 1 : 0);
