import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function verifier(version: string) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/verifier-node.mjs')], {
    env: { ...process.env, VERIFIER_NODE_VERSION: version },
    encoding: 'utf8',
  });
  return { code: r.status, stderr: r.stderr };
}

describe('vérification de la version de Node.js (bin/verifier-node.mjs)', () => {
  it.each(['20.11.1', 'v18.19.0', '22.11.0', '22.18.0'])(
    'refuse Node %s avec un message français et le code 1',
    (v) => {
      const r = verifier(v);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Maillage demande Node.js 22.19 ou plus récent (Node 24 LTS recommandé)');
      expect(r.stderr).toContain(`est en version ${v}`);
      expect(r.stderr).toContain('nvm install');
      expect(r.stderr).toContain('npm install -g --prefix "$HOME/.local/node24" node@24');
    },
  );

  it.each(['22.19.0', '23.0.0', '24.11.1'])('accepte Node %s sans rien écrire', (v) => {
    expect(verifier(v)).toEqual({ code: 0, stderr: '' });
  });

  it('passe avant les commandes npm et la commande maillage ; npm ci refuse un Node trop ancien', () => {
    const paquet = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const scripts = Object.entries(paquet.scripts as Record<string, string>).filter(
      ([nom]) => nom === 'start' || nom === 'dev' || nom === 'test' || nom.startsWith('test:'),
    );
    expect(scripts.length).toBeGreaterThanOrEqual(7);
    for (const [, commande] of scripts) expect(commande).toMatch(/^node bin\/verifier-node\.mjs && /);
    expect(paquet.scripts.maillage).toBe('node bin/maillage.mjs');
    expect(readFileSync(path.join(ROOT, 'bin/maillage.mjs'), 'utf8')).toMatch(
      /^(\/\/.*\n|#!.*\n)*import '\.\/verifier-node\.mjs';\n/,
    );
    expect(readFileSync(path.join(ROOT, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m);
  });
});
