import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, observations2024, root, run, strategyFile } from './helpers.js';

const COMMANDS = ['evaluate', 'validate', 'convert', 'template', 'schema', 'init'];

describe('logframe --help and --version', () => {
  it.each(COMMANDS)('%s --help shows the usage and an example, on stdout (exit 0)', (command) => {
    const result = run([command, '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Usage: logframe ${command}`);
    expect(result.stdout).toContain('Example');
    expect(result.stdout).toContain(`logframe ${command} `);
    // Help wins even when the rest of the line is wrong, and `help <command>` says the same.
    expect(run([command, '--no-such-option', '-h']).stdout).toBe(result.stdout);
    expect(run(['help', command]).stdout).toBe(result.stdout);
  });

  it('--help lists every command with an example', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toContain(`  ${command} `);
    expect(result.stdout).toContain('Example');
  });

  it('--version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const result = run([flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
    }
  });
});

describe('wrong usage (exit 2, message on stderr, nothing on stdout)', () => {
  it.each([
    ['no command', [], 'Usage: logframe <command>'],
    ['an unknown command', ['evalute'], 'Unknown command "evalute"'],
    ['an option before the command', ['--data', 'x.json'], 'give a command first'],
    ['help on an unknown command', ['help', 'evalute'], 'not a command'],
    ['an option without its value', ['validate', 'strategy.json', '--data'], "'--data"],
    ['a value given to a flag', ['validate', 'strategy.json', '--json=yes'], "'--json'"],
  ])('%s', (_name, args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });
});

describe('output to a closed pipe', () => {
  it('ends quietly when the reader stops early (logframe … | head)', async () => {
    // 150 kB of IATI XML: more than a pipe holds, so the command is still writing when the reader goes.
    const child = spawn(process.execPath, [cli, 'convert', strategyFile, '--data', observations2024, '--to', 'iati', '--reporting-org', 'KH-GOV-1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|error/i);
    expect(code).toBe(0);
  });
});
