// Bundles examples/browser/main.ts (and the library it imports) for the browser with esbuild:
// `node examples/browser/build.mjs`, then serve the repository root and open
// /examples/browser/index.html (module scripts and fetch do not work from file://).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds examples/browser/dist/main.js.
 *
 * @returns {Promise<string>} The path of the bundle.
 */
export async function buildExample() {
  const outfile = `${here}dist/main.js`;
  await build({
    entryPoints: [`${here}main.ts`],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`built ${await buildExample()}`);
}
