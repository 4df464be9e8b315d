import { persona } from '../../src/features/comptes/demo/personas.ts';
import { createSession, SESSION_COOKIE } from '../../src/platform/auth/sessions.ts';
import type { TestContext } from './app.ts';

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
