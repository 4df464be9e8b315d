/**
 * A write load for the process tests: logged-in structure managers who add places in a loop, each place
 * named after its client and rank, every answer noted (acknowledged by a 303, or failed) with its times.
 */
import { formulaireLieu } from '../factories/lieu.ts';
import { Navigateur } from './http.ts';

export interface Ecriture {
  nom: string;
  /** performance.now() when the request left and when its answer (or error) came back. */
  debut: number;
  fin: number;
  /** HTTP status, or the network error's name. */
  statut: number | string;
}

/** The CSRF token of a page's form (the session's secret is in its cookie: the token stays valid). */
export async function csrfDe(nav: Navigateur, chemin: string): Promise<string> {
  const page = await (await nav.get(chemin)).text();
  const csrf = page.match(/name="_csrf" value="([^"]+)"/)?.[1];
  if (!csrf) throw new Error(`pas de jeton CSRF sur ${chemin}`);
  return csrf;
}

export async function chargeEcriture(
  base: string,
  options: { clients: [email: string, motDePasse: string][]; prefixe: string; maxParClient?: number },
): Promise<{ arreter(): Promise<{ acquittees: Ecriture[]; echecs: Ecriture[] }> }> {
  const max = options.maxParClient ?? 2000;
  const acquittees: Ecriture[] = [];
  const echecs: Ecriture[] = [];
  let fini = false;
  const navigateurs = await Promise.all(
    options.clients.map(async ([email, motDePasse]) => {
      const nav = new Navigateur(base);
      await nav.login(email, motDePasse);
      return { nav, csrf: await csrfDe(nav, '/structure/lieux/nouveau') };
    }),
  );
  const boucles = navigateurs.map(async ({ nav, csrf }, client) => {
    for (let rang = 0; !fini && rang < max; rang++) {
      const nom = `${options.prefixe} c${client} n${rang}`;
      const corps = formulaireLieu({ nom });
      corps.set('_csrf', csrf);
      const debut = performance.now();
      let statut: number | string;
      try {
        const res = await nav.post('/structure/lieux/nouveau', corps, {
          signal: AbortSignal.timeout(10_000),
        });
        await res.arrayBuffer();
        // A 303 elsewhere (to /connexion: the session was lost) is no acknowledgement.
        const vers = res.headers.get('location');
        statut = res.status === 303 && vers !== '/structure/lieux' ? `303 vers ${vers}` : res.status;
      } catch (error) {
        statut = (error as Error).name;
      }
      const ecriture = { nom, debut, fin: performance.now(), statut };
      (statut === 303 ? acquittees : echecs).push(ecriture);
    }
  });
  return {
    async arreter() {
      fini = true;
      await Promise.all(boucles);
      return { acquittees, echecs };
    },
  };
}
