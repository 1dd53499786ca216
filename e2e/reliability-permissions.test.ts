/**
 * The shipped manifests (dist/chrome, dist/firefox) ask for nothing beyond the documented permissions
 * (manifest.config.ts SHIPPED_PERMISSIONS, the README's table): no host permissions, no content scripts,
 * nothing web-accessible, no optional extras. Only the test build (dist/test) may reach 127.0.0.1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED_PERMISSIONS } from '../manifest.config';

const DIST = resolve(import.meta.dirname, '../dist');
const manifest = (target: string) =>
  JSON.parse(readFileSync(resolve(DIST, target, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const README = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');

describe('permissions of the shipped builds', () => {
  for (const target of ['chrome', 'firefox']) {
    it(`dist/${target} requests only ${SHIPPED_PERMISSIONS.join(', ')}`, () => {
      expect(existsSync(resolve(DIST, target, 'manifest.json')), 'run the build first').toBe(true);
      const m = manifest(target);
      expect([...((m.permissions as string[]) ?? [])].sort()).toEqual([...SHIPPED_PERMISSIONS].sort());
      for (const key of [
        'host_permissions',
        'optional_permissions',
        'optional_host_permissions',
        'content_scripts',
        'web_accessible_resources',
        'externally_connectable',
        'declarative_net_request',
        'content_security_policy',
      ]) {
        expect(m[key], `${target}: ${key}`).toBeUndefined();
      }
      // No URL patterns hiding among the permissions (MV2-style host access).
      expect(((m.permissions as string[]) ?? []).filter((p) => /[:/*]/.test(p))).toEqual([]);
    });
  }

  it('every shipped permission is explained in the README', () => {
    // A row of the README's permissions table whose first cell is the permission (Prettier pads the cells).
    for (const permission of SHIPPED_PERMISSIONS)
      expect(README).toMatch(new RegExp(`^\\| \`${permission}\` +\\|`, 'm'));
  });

  it('only the test build has host access, and only to 127.0.0.1', () => {
    expect(manifest('test').host_permissions).toEqual(['http://127.0.0.1/*']);
  });
});
