// deploy/motcua.service as systemd reads it: `systemd-analyze verify` (works without a running
// systemd, as in CI's container) finds no error or warning, `systemd-analyze security --offline`
// rates its sandbox, and the settings the runbook relies on are there: the dedicated user, the one
// writable folder being DATA_DIR, a stop timeout above the server's drain, the compiled entry point.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTS } from '../../scripts/build-stamp.mjs';
import { DRAIN_GRACE_MS } from '../../server/ops/shutdown.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const UNIT = join(ROOT, 'deploy/motcua.service');

/** systemd-analyze is in Debian's systemd package; .ci/run installs it where it is missing. */
function systemdAnalyze(...args: string[]) {
  const run = spawnSync('systemd-analyze', args, { encoding: 'utf8' });
  if (run.error) throw new Error(`systemd-analyze cannot run (${run.error.message}): apt-get install -y systemd`);
  return { code: run.status, output: (run.stdout + run.stderr).trim() };
}

/** Every value of each key of the [Service] section, in order. */
function serviceSettings(): Map<string, string[]> {
  const settings = new Map<string, string[]>();
  let section = '';
  for (const raw of readFileSync(UNIT, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) section = header[1]!;
    else if (section === 'Service') {
      const at = line.indexOf('=');
      const key = line.slice(0, at);
      settings.set(key, [...(settings.get(key) ?? []), line.slice(at + 1)]);
    }
  }
  return settings;
}

/** systemd's time span: `30`, `30s`, `1min 30s`. */
function seconds(span: string): number {
  const units: Record<string, number> = { '': 1, s: 1, sec: 1, m: 60, min: 60, h: 3600 };
  let total = 0;
  for (const [, n, unit] of span.matchAll(/(\d+)\s*([a-z]*)/g)) total += Number(n) * units[unit];
  return total;
}

describe('deploy/motcua.service', () => {
  it('passes systemd-analyze verify with nothing to say', () => {
    expect(systemdAnalyze('verify', UNIT)).toEqual({ code: 0, output: '' });
  });

  it('is sandboxed: systemd-analyze security rates its exposure at most 2 of 10', () => {
    // --threshold counts tenths: fails above 2.0.
    const { code, output } = systemdAnalyze('security', '--offline=true', '--threshold=20', UNIT);
    expect(output).toMatch(/Overall exposure level for motcua\.service: [0-2]\.\d/);
    expect(code).toBe(0);
  });

  it('runs the compiled server as motcua, writing only its data folder, and outlasts the drain on stop', () => {
    const s = serviceSettings();
    const one = (key: string) => {
      expect(s.get(key), key).toHaveLength(1);
      return s.get(key)![0];
    };
    expect(one('User')).toBe('motcua');
    expect(one('NoNewPrivileges')).toBe('yes');
    expect(one('ProtectSystem')).toBe('strict');
    expect(one('ProtectHome')).toBe('yes');
    expect(one('PrivateTmp')).toBe('yes');
    expect(one('Restart')).toBe('on-failure');
    expect(one('KillSignal')).toBe('SIGTERM');
    expect(seconds(one('TimeoutStopSec'))).toBeGreaterThan(DRAIN_GRACE_MS / 1000);
    expect(one('EnvironmentFile')).toBe('/etc/motcua/motcua.env');
    // The one writable folder is the data folder the unit gives the server.
    const dataDir = /(?:^|\s)DATA_DIR=(\S+)/.exec(one('Environment'))?.[1];
    expect(one('ReadWritePaths')).toBe(dataDir);
    expect(`/var/lib/${one('StateDirectory')}`).toBe(dataDir);
    // ExecStart names the file tsc writes (tsconfig.build.json into PARTS.server.out).
    const entry = /\s(\/opt\/motcua\/(\S+))$/.exec(one('ExecStart'));
    expect(entry?.[2]).toBe(`${PARTS.server.out}/server/main.js`);
    expect(one('WorkingDirectory')).toBe('/opt/motcua');
  });

  it('ships an environment file whose variables are all documented', () => {
    const env = readFileSync(join(ROOT, 'deploy/motcua.env'), 'utf8');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const names = [...env.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(names).toContain('MOTCUA_TRUST_PROXY');
    for (const name of names) expect(readme.includes(`\`${name}\``), `${name} in the README`).toBe(true);
    expect(names).not.toContain('DATA_DIR');
    expect(existsSync(join(ROOT, 'deploy/motcua.service'))).toBe(true);
  });
});
