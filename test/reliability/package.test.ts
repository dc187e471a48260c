// Checklist items 2, 18 and 30: package hygiene and version floors. The package ships only dist,
// schema, README, LICENSE and package.json; it has no install-time script; the lockfile is committed
// and in step with package.json; dev tools are pinned; no runtime dependency runs an install script;
// and the installed mathjs and zod are at least the releases that fixed known vulnerabilities.
// scripts/check-package.mjs (`npm run check:package`, part of `npm test`) packs the real tarball and
// runs publint and are-the-types-wrong on it; this test needs no build and runs with the others.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

interface PackageJson {
  files?: string[];
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  engines?: Record<string, string>;
  sideEffects?: boolean;
  allowScripts?: Record<string, boolean>;
}
interface LockPackage { version?: string; dev?: boolean; optional?: boolean; hasInstallScript?: boolean; dependencies?: Record<string, string>; devDependencies?: Record<string, string> }
interface Lockfile { lockfileVersion: number; packages: Record<string, LockPackage> }

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
const require = createRequire(join(ROOT, 'package.json'));

/** The installed version of a package, from its own package.json. */
function installed(name: string): string {
  return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

/** Whether version a.b.c is at least the floor x.y.z. */
function atLeast(version: string, floor: string): boolean {
  const [a = 0, b = 0, c = 0] = version.split(/[.+-]/).map(Number);
  const [x = 0, y = 0, z = 0] = floor.split('.').map(Number);
  return a !== x ? a > x : b !== y ? b > y : c >= z;
}

/** The lowest version a range such as ^15.2.0, ~4.5.1, >=4.5.0 or 4.6.7 allows. */
function floorOf(range: string): string {
  return /(\d+\.\d+\.\d+)/.exec(range)?.[1] ?? '0.0.0';
}

const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish', 'preprepare', 'postprepare'];
const ALLOWED = /^(dist\/|schema\/|README\.md$|LICENSE$|package\.json$)/;

describe('version floors (checklist 2 and 18)', () => {
  it.each([
    ['mathjs', '15.2.0', 'two parser RCEs fixed in 15.2.0 (GHSA-jvff-x2qm-6286)'],
    ['zod', '4.5.0', 'strict objects report __proto__; formatError survives inherited names'],
  ])('installed %s is at least %s (%s), and package.json asks for at least that', (name, floor) => {
    expect(atLeast(installed(name), floor), `${name} ${installed(name)}`).toBe(true);
    const range = pkg.dependencies?.[name];
    expect(range, `${name} is a runtime dependency`).toBeDefined();
    expect(atLeast(floorOf(range ?? ''), floor), `${name} range ${String(range)}`).toBe(true);
    expect(atLeast(lock.packages[`node_modules/${name}`]?.version ?? '0.0.0', floor)).toBe(true);
  });
});

describe('package hygiene (checklist 30)', () => {
  it('package.json declares no install-time script and ships only dist, schema, README and LICENSE', () => {
    expect(Object.keys(pkg.scripts ?? {}).filter((name) => INSTALL_SCRIPTS.includes(name))).toEqual([]);
    expect([...(pkg.files ?? [])].sort()).toEqual(['LICENSE', 'README.md', 'dist', 'schema']);
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines?.['node']).toMatch(/^>=\s*20/);
  });

  it('npm pack --dry-run lists only allowed files, with package.json, README and LICENSE', () => {
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const [packed] = JSON.parse(output) as Array<{ files: Array<{ path: string }> }>;
    const paths = (packed?.files ?? []).map((file) => file.path);
    expect(paths.filter((path) => !ALLOWED.test(path))).toEqual([]);
    for (const required of ['package.json', 'README.md', 'LICENSE']) expect(paths).toContain(required);
    // The library itself: present whenever it has been built (npm test builds before testing).
    if (existsSync(join(ROOT, 'dist', 'index.js'))) {
      for (const required of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) expect(paths).toContain(required);
    }
    expect(paths.some((path) => /(^|\/)(src|test|bench|examples|node_modules|\.git)\//.test(path) || /\.env|\.npmrc|\.tgz$/.test(path))).toBe(false);
  }, 60_000);

  it('the lockfile is committed and in step with package.json', () => {
    const tracked = execFileSync('git', ['ls-files', '--error-unmatch', 'package-lock.json'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(tracked.trim()).toBe('package-lock.json');
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    const root = lock.packages[''] ?? {};
    expect(root.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    expect(root.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
  });

  it('dev tools are pinned to exact versions', () => {
    expect(Object.entries(pkg.devDependencies ?? {}).filter(([, range]) => !/^\d+\.\d+\.\d+$/.test(range))).toEqual([]);
  });

  it('no runtime dependency runs an install script; dev ones only where package.json allows it', () => {
    const scripted = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && entry.hasInstallScript === true);
    expect(scripted.filter(([, entry]) => entry.dev !== true).map(([path]) => path)).toEqual([]);
    const allowed = new Set(Object.entries(pkg.allowScripts ?? {}).filter(([, on]) => on).map(([name]) => name));
    expect(scripted.map(([path]) => path.split('node_modules/').at(-1) ?? path).filter((name) => !allowed.has(name))).toEqual([]);
  });
});
