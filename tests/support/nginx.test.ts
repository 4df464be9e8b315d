/**
 * The documented nginx file (docs/exploitation/nginx.conf) still gives the process test its
 * configuration: the markers and the three upstream ports are there, the production settings are kept,
 * and nginx itself accepts the result when it is installed. Fast: no server is started.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ecrireConfiguration, MODELE_NGINX, NGINX_BIN, nginxDisponible, siteDepuisModele } from './nginx.ts';
import { tempDataDir } from './serveur.ts';

const modele = readFileSync(MODELE_NGINX, 'utf8');

describe('configuration nginx documentée, utilisée par le test de plusieurs processus', () => {
  // Directives only: a commented-out line does not count.
  const site = siteDepuisModele(modele, 8081, [4001, 4002, 4003])
    .split('\n')
    .filter((l) => !l.trim().startsWith('#'))
    .join('\n');

  it('garde les réglages de production, avec les ports et l’écoute du test', () => {
    expect(
      [...site.matchAll(/server 127\.0\.0\.1:(\d+) max_fails=\d+ fail_timeout=\d+s;/g)].map((m) => m[1]),
    ).toEqual(['4001', '4002', '4003']);
    expect(site).toContain('listen 127.0.0.1:8081;');
    expect(site).not.toMatch(/listen .*443|listen 80|ssl_certificate|return 301/);
    for (const reglage of [
      'proxy_set_header Host $host;',
      'proxy_set_header X-Forwarded-For $remote_addr;',
      'proxy_set_header X-Forwarded-Proto $scheme;',
      'proxy_next_upstream error timeout;',
      'client_max_body_size 50m;',
      'proxy_buffering on;',
      'location = /readyz',
    ]) {
      expect(site).toContain(reglage);
    }
    // Never retried once sent: a write must not be made twice.
    expect(site).not.toContain('non_idempotent');
  });

  it('signale clairement un fichier dont les marques ou les ports ont changé', () => {
    expect(() => siteDepuisModele(modele.replace('# début : écoute', '#'), 8081, [1, 2, 3])).toThrow(
      /bloc « écoute » introuvable/,
    );
    expect(() => siteDepuisModele(modele, 8081, [1, 2])).toThrow(
      /3 processus dans l’upstream, le test en lance 2/,
    );
  });

  const dossier = nginxDisponible() ? tempDataDir('maillage-nginx-t-') : '';
  afterAll(() => {
    if (dossier) rmSync(dossier, { recursive: true, force: true });
  });
  it.skipIf(!dossier)('nginx -t accepte la configuration du test', () => {
    const r = spawnSync(NGINX_BIN, [...ecrireConfiguration(dossier, 8081, [4001, 4002, 4003]), '-t'], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('test is successful');
  });
});
