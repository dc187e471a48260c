import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    // The library: one ESM and one CJS file with types, for Node 20 and browsers.
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    treeshake: true,
    splitting: false,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
  },
  {
    // The command: ESM with code splitting, so that CSV, XML and init templates load only when a
    // job needs them (cold start).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    splitting: true,
    treeshake: true,
    target: 'node20',
    platform: 'node',
    outDir: 'dist/cli',
    // Bundled into the command so that start-up reads a few files instead of thousands of
    // dependency modules (cold start).
    noExternal: ['mathjs', 'zod'],
    // Less text for Node to read and compile at every start (cold start). Identifiers are not
    // minified, so names (and the stack of an internal error) stay readable without keepNames,
    // whose __name calls would cost start-up time themselves.
    minifyWhitespace: true,
    minifySyntax: true,
    define: { __LOGFRAME_VERSION__: JSON.stringify(version) },
  },
]);
