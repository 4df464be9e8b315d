import type { FastifyReply, FastifyRequest } from 'fastify';
import { destroySession, SESSION_COOKIE } from '../../platform/auth/sessions.ts';

/**
 * The session cookie: HttpOnly, SameSite=Lax, Secure behind https, for the whole site. A browser-session
 * cookie (no Max-Age): the server enforces idle and absolute expiry, and closing the browser on a shared
 * computer ends it.
 */
export function setSessionCookie(reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: reply.server.deps.config.secureCookies,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: reply.server.deps.config.secureCookies,
  });
}

/** Before a login, the identifier the browser came with is dropped: a pre-login id is never reused. */
export async function dropIncomingSession(request: FastifyRequest): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (token) await destroySession(request.server.deps.db, token);
}
