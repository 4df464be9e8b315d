/**
 * A real nginx in front of the process tests' servers, configured from the documented file
 * docs/exploitation/nginx.conf: only its upstream ports and its marked listen blocks are replaced, so the
 * documentation cannot drift from what the test runs. Everything (pid, logs, temp files) stays in `dossier`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './serveur.ts';

export const NGINX_BIN = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
export const MODELE_NGINX = path.join(ROOT, 'docs/exploitation/nginx.conf');

export function nginxDisponible(): boolean {
  try {
    accessSync(NGINX_BIN, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Replaces the lines between « # début : <marque> » and « # fin : <marque> » (markers included). */
function remplacerBloc(texte: string, marque: string, par: string): string {
  const re = new RegExp(`^[ \\t]*# début : ${marque}\\n[\\s\\S]*?^[ \\t]*# fin : ${marque}\\n`, 'm');
  if (!re.test(texte))
    throw new Error(`${MODELE_NGINX} : bloc « ${marque} » introuvable (marques changées ?)`);
  return texte.replace(re, par);
}

/** The site part (http context) of the documented file, for local ports. */
export function siteDepuisModele(modele: string, ecoute: number, upstreams: readonly number[]): string {
  const documentes = [...modele.matchAll(/server 127\.0\.0\.1:(300\d)/g)].map((m) => m[1]);
  if (documentes.length !== upstreams.length) {
    throw new Error(
      `${MODELE_NGINX} : ${documentes.length} processus dans l’upstream, le test en lance ${upstreams.length}`,
    );
  }
  let i = 0;
  let site = modele.replace(/server 127\.0\.0\.1:300\d/g, () => `server 127.0.0.1:${upstreams[i++]}`);
  site = remplacerBloc(site, 'redirection http', '');
  site = remplacerBloc(site, 'écoute', `    listen 127.0.0.1:${ecoute};\n`);
  return site;
}

/** The main file: foreground, one worker, everything in `dossier`, the site included in http. */
function principal(dossier: string): string {
  const tmp = (nom: string) => path.join(dossier, 'tmp', nom);
  for (const nom of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(tmp(nom), { recursive: true });
  // As root, workers would otherwise run as « nobody » and could not write in the private directory.
  const utilisateur = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${utilisateur}daemon off;
worker_processes 1;
pid ${path.join(dossier, 'nginx.pid')};
error_log ${path.join(dossier, 'error.log')} warn;
events { worker_connections 512; }
http {
    log_format essai '$msec $request_method $uri $status "$upstream_addr" "$upstream_status"';
    access_log ${path.join(dossier, 'access.log')} essai;
    client_body_temp_path ${tmp('body')};
    proxy_temp_path ${tmp('proxy')};
    fastcgi_temp_path ${tmp('fastcgi')};
    uwsgi_temp_path ${tmp('uwsgi')};
    scgi_temp_path ${tmp('scgi')};
    include ${path.join(dossier, 'maillage.conf')};
}
`;
}

/** One line of the test's access log: which processes nginx tried for the request, and their answers. */
export interface Acces {
  /** Date.now() scale: when nginx logged the answer. */
  fin: number;
  methode: string;
  uri: string;
  statut: number;
  /** « 127.0.0.1:port » of each process tried, in order (more than one: nginx passed it on). */
  upstreams: string[];
  statutsUpstream: string[];
}

export interface NginxLance {
  url: string;
  port: number;
  sortie(): string;
  journalErreurs(): string;
  journalAcces(): Acces[];
  arreter(): Promise<void>;
}

function lireAcces(texte: string): Acces[] {
  // « 127.0.0.1:4001, 127.0.0.1:4002 » when nginx passed the request on (« : » between upstream groups).
  const liste = (v: string) => (v === '-' || v === '' ? [] : v.split(/\s*[,:]\s+/));
  return texte
    .split('\n')
    .map((ligne) => ligne.match(/^(\d+\.\d+) (\S+) (\S+) (\d+) "([^"]*)" "([^"]*)"$/))
    .filter((m) => m !== null)
    .map((m) => ({
      fin: Math.round(Number(m[1]) * 1000),
      methode: m[2]!,
      uri: m[3]!,
      statut: Number(m[4]),
      upstreams: liste(m[5]!),
      statutsUpstream: liste(m[6]!),
    }));
}

/** Writes the main file and the site (from the documented file) in `dossier`; returns nginx's arguments. */
export function ecrireConfiguration(dossier: string, port: number, upstreams: readonly number[]): string[] {
  writeFileSync(
    path.join(dossier, 'maillage.conf'),
    siteDepuisModele(readFileSync(MODELE_NGINX, 'utf8'), port, upstreams),
  );
  const fichier = path.join(dossier, 'nginx.conf');
  writeFileSync(fichier, principal(dossier));
  return ['-p', dossier, '-c', fichier, '-e', path.join(dossier, 'error.log')];
}

/** Starts nginx (its own process group) and waits until it proxies /readyz. */
export async function demarrerNginx(
  dossier: string,
  port: number,
  upstreams: readonly number[],
): Promise<NginxLance> {
  const args = ecrireConfiguration(dossier, port, upstreams);
  const child: ChildProcess = spawn(NGINX_BIN, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const fini = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const journalErreurs = () => {
    try {
      return readFileSync(path.join(dossier, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  const lance: NginxLance = {
    url: `http://127.0.0.1:${port}`,
    port,
    sortie: () => out,
    journalErreurs,
    journalAcces: () => {
      try {
        return lireAcces(readFileSync(path.join(dossier, 'access.log'), 'utf8'));
      } catch {
        return [];
      }
    },
    async arreter() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Fast shutdown of the master and its workers, then the whole group if it lingers.
      child.kill('SIGTERM');
      const tue = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5000);
      await fini;
      clearTimeout(tue);
    },
  };
  const limite = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx s’est arrêté :\n${out}\n${journalErreurs()}`);
    try {
      if ((await fetch(`${lance.url}/readyz`, { signal: AbortSignal.timeout(2000) })).ok) return lance;
    } catch {
      // not listening yet
    }
    if (Date.now() > limite) {
      await lance.arreter();
      throw new Error(`nginx ne répond pas après 15 s :\n${out}\n${journalErreurs()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
