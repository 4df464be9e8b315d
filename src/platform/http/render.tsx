import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Breadcrumb } from '../../ui/components/breadcrumbs.tsx';
import { type Flash, Layout, type LayoutUser } from '../../ui/layout.tsx';
import { ordonnerResumeErreurs } from '../../ui/ordre-resume-erreurs.ts';
import { ERRORS, PagePasTrouvee } from '../../ui/pages/errors.tsx';
import type { Membership, UserActor } from '../auth/actor.ts';
import { ROLE_LABELS } from '../auth/roles.ts';
import { abandonnerSiClientParti } from './abandons.ts';

const FLASH_COOKIE = 'maillage_flash';

export interface PageOptions {
  title: string;
  breadcrumbs?: Breadcrumb[];
  status?: number;
  scripts?: string[];
}

export function membershipLabel(m: Membership): string {
  const scope =
    m.structureNom ?? (m.departementCode ? `${m.departementNom ?? ''} (${m.departementCode})` : '');
  return scope ? `${ROLE_LABELS[m.role]} — ${scope}` : ROLE_LABELS[m.role];
}

function layoutUser(actor: UserActor | null): LayoutUser | null {
  if (!actor) return null;
  return {
    prenom: actor.prenom,
    nom: actor.nom,
    memberships: actor.memberships.map((m) => ({ id: m.id, label: membershipLabel(m) })),
    activeId: actor.active?.id ?? null,
  };
}

/** Renders a page component inside the DSFR layout for the current actor. */
export function sendPage(request: FastifyRequest, reply: FastifyReply, options: PageOptions, body: VNode) {
  // Rendering is the costly part of a page: skipped when the client has already gone.
  if (abandonnerSiClientParti(request, reply)) return reply;
  const flash = takeFlash(request, reply);
  const actor = request.actor?.kind === 'user' ? request.actor : null;
  const navigation = request.server.deps.registry.navigation;
  const html = renderToString(
    <Layout
      title={options.title}
      actor={layoutUser(actor)}
      navigation={actor?.active ? navigation[actor.active.role] : navigation.public}
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
    .send(`<!DOCTYPE html>${ordonnerResumeErreurs(html)}`);
}

/** The 404 page, for an unknown address or a resource that does not exist (or that the actor may not see). */
export function sendPagePasTrouvee(request: FastifyRequest, reply: FastifyReply) {
  return sendPage(request, reply, { title: ERRORS[404].title, status: 404 }, <PagePasTrouvee />);
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
