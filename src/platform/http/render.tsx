import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Breadcrumb } from '../../ui/components/breadcrumbs.tsx';
import { type Flash, Layout } from '../../ui/layout.tsx';

const FLASH_COOKIE = 'maillage_flash';

export interface PageOptions {
  title: string;
  breadcrumbs?: Breadcrumb[];
  status?: number;
  scripts?: string[];
}

/** Renders a page component inside the DSFR layout for the current actor. */
export function sendPage(request: FastifyRequest, reply: FastifyReply, options: PageOptions, body: VNode) {
  const flash = takeFlash(request, reply);
  const actor = request.actor?.kind === 'user' ? request.actor : null;
  const html = renderToString(
    <Layout
      title={options.title}
      actor={actor}
      csrfToken={reply.generateCsrf()}
      mode={request.server.deps.config.mode}
      currentPath={request.url.split('?')[0] ?? '/'}
      breadcrumbs={options.breadcrumbs}
      flash={flash}
      scripts={options.scripts}
    >
      {body}
    </Layout>,
  );
  return reply
    .code(options.status ?? 200)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(`<!DOCTYPE html>${html}`);
}

/** Shows a message on the next page (post/redirect/get). */
export function setFlash(reply: FastifyReply, flash: Flash): void {
  reply.setCookie(FLASH_COOKIE, JSON.stringify(flash), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    signed: true,
    secure: reply.server.deps.config.secureCookies,
    maxAge: 60,
  });
}

function takeFlash(request: FastifyRequest, reply: FastifyReply): Flash | undefined {
  const raw = request.cookies[FLASH_COOKIE];
  if (!raw) return undefined;
  reply.clearCookie(FLASH_COOKIE, { path: '/' });
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return undefined;
  try {
    const flash = JSON.parse(unsigned.value) as Flash;
    return typeof flash.message === 'string' ? flash : undefined;
  } catch {
    return undefined;
  }
}
