import { persona } from '../../src/features/comptes/demo/personas.ts';
import { createSession, SESSION_COOKIE } from '../../src/platform/auth/sessions.ts';
import { cookiesOf, type TestContext } from './app.ts';

/**
 * A session cookie for a demo persona, created directly (tests of other features need not replay the
 * login form). `membership` picks the active membership id (default: the persona's first).
 */
export async function sessionCookieFor(
  t: TestContext,
  personaKey: string,
  options: { membership?: string; totpVerified?: boolean } = {},
): Promise<string> {
  const p = persona(personaKey);
  const token = await createSession(t.deps.db, {
    userId: p.id,
    adhesionId: options.membership ?? p.memberships[0]!.id,
    now: t.clock.now,
    totpVerified: options.totpVerified ?? true,
  });
  return `${SESSION_COOKIE}=${token}`;
}

/** GET a page as a persona and return its CSRF token with the cookies to send back. */
export async function formSession(t: TestContext, cookie: string, url: string) {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
  const m = res.body.match(/name="_csrf" value="([^"]+)"/);
  const jar = [cookie, ...res.cookies.map((c) => `${c.name}=${c.value}`)].join('; ');
  return { res, csrf: m?.[1] ?? '', cookie: jar };
}

/** A session cookie for an actor the factories built (its user and active membership). */
export async function cookieDe(t: TestContext, acteur: { userId: string; active: { id: string } | null }) {
  const token = await createSession(t.deps.db, {
    userId: acteur.userId,
    adhesionId: acteur.active!.id,
    now: t.clock.now,
  });
  return `${SESSION_COOKIE}=${token}`;
}

/**
 * Submits a form as a browser would: reads `page` for its CSRF token, posts `champs` (a list repeats
 * the key) to `url`, and returns the answer with `jar`, the cookies to follow its redirect with (the
 * flash message travels in one).
 */
export async function posterFormulaire(
  t: TestContext,
  cookie: string,
  page: string,
  url: string,
  champs: Record<string, string | string[]>,
) {
  const f = await formSession(t, cookie, page);
  const params = new URLSearchParams({ _csrf: f.csrf });
  for (const [k, v] of Object.entries(champs))
    for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
  const res = await t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: f.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: params.toString(),
  });
  return Object.assign(res, { jar: cookiesOf(res, f.cookie) });
}
