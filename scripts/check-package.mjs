// Packs the package and checks the tarball: publint, are-the-types-wrong, and that only the files
// meant for users ship (dist, schema, README, LICENSE, package.json) with no install scripts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'logframe-pack-'));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir]));
  const { filename, files } = packed[0];
  const tarball = join(dir, filename);
  const allowed = /^(dist\/|schema\/|README\.md$|LICENSE$|package\.json$)/;
  const stray = files.map((file) => file.path).filter((path) => !allowed.test(path));
  if (stray.length > 0) throw new Error(`Files that should not ship: ${stray.join(', ')}`);
  for (const required of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'schema/strategy.json', 'schema/observation.json', 'LICENSE', 'README.md']) {
    if (!files.some((file) => file.path === required)) throw new Error(`Missing from the package: ${required}`);
  }
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const scripts = Object.keys(pkg.scripts ?? {}).filter((name) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(name));
  if (scripts.length > 0) throw new Error(`Install-time scripts must not exist: ${scripts.join(', ')}`);
  process.stdout.write(run('npx', ['publint', 'run', tarball, '--strict']));
  process.stdout.write(run('npx', ['attw', tarball, '--format', 'ascii']));
  console.log(`check:package ok (${files.length} files in ${filename})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
