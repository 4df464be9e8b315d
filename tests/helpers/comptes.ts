/** Helpers for the comptes HTTP tests: log in through the real forms. */
import type { LightMyRequestResponse } from 'fastify';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, persona } from '../../src/features/comptes/demo/personas.ts';
import { totpCodeAt } from '../../src/features/comptes/domain/totp.ts';
import { cookiesOf, csrfOf, type TestContext } from './app.ts';

export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

export function form(values: Record<string, string>): string {
  return new URLSearchParams(values).toString();
}

/** GET a page with the cookies, returning its CSRF token and the updated cookies. */
export async function getForm(t: TestContext, url: string, cookie = '') {
  const res = await t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  const match = res.body.match(/name="_csrf" value="([^"]+)"/);
  return { res, csrf: match?.[1] ?? '', cookie: cookiesOf(res, cookie) };
}

let ipCounter = 0;
/** A new client address per request unless a test sets one: only the rate-limit tests share an IP. */
function nextIp(): string {
  ipCounter++;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

export async function postForm(
  t: TestContext,
  url: string,
  cookie: string,
  values: Record<string, string>,
  options: { ip?: string } = {},
): Promise<{ res: LightMyRequestResponse; cookie: string }> {
  const res = await t.app.inject({
    method: 'POST',
    url,
    headers: { ...FORM, cookie },
    payload: form(values),
    remoteAddress: options.ip ?? nextIp(),
  });
  return { res, cookie: cookiesOf(res, cookie) };
}

/** Submits the login form (first factor only). */
export async function submitLogin(
  t: TestContext,
  email: string,
  motDePasse: string,
  options: { retour?: string; ip?: string; cookie?: string } = {},
) {
  const page = await getForm(t, '/connexion');
  const values: Record<string, string> = { _csrf: csrfOf(page.res.body), email, motDePasse };
  if (options.retour) values.retour = options.retour;
  // A cookie the browser already had (e.g. a session from before) goes with the POST.
  const cookie = [options.cookie, page.cookie].filter(Boolean).join('; ');
  return postForm(t, '/connexion', cookie, values, options.ip ? { ip: options.ip } : {});
}

/** Submits a TOTP code on /connexion/code. */
export async function submitCode(t: TestContext, cookie: string, code: string) {
  const page = await getForm(t, '/connexion/code', cookie);
  return postForm(t, '/connexion/code', page.cookie, { _csrf: page.csrf, code });
}

/** A demo persona logged in through the forms (with its TOTP code when it has one). */
export async function loginPersona(t: TestContext, key: string) {
  const p = persona(key);
  let { res, cookie } = await submitLogin(t, p.email, DEMO_PASSWORD);
  if (res.statusCode !== 303) throw new Error(`connexion de ${key} refusée : ${res.statusCode}`);
  if (res.headers.location?.startsWith('/connexion/code')) {
    // A code is accepted once: move to the next 30-second step so repeated logins in a test work.
    t.clock.now = new Date(t.clock.now.getTime() + 30_000);
    ({ res, cookie } = await submitCode(t, cookie, totpCodeAt(DEMO_TOTP_SECRET, t.clock.now)));
    if (res.statusCode !== 303) throw new Error(`code de ${key} refusé : ${res.statusCode}`);
  }
  return { res, cookie };
}
