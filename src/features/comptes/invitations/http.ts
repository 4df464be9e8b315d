import type { FastifyRequest } from 'fastify';
import { contexte } from '../administration/contexte.ts';
import type { ContexteInvitation } from './creer-invitation.ts';

export function contexteInvitation(request: FastifyRequest): ContexteInvitation {
  const { mailer, config } = request.server.deps;
  return { ...contexte(request), mailer, baseUrl: config.baseUrl };
}

export function messageEnvoi(v: { email: string; courrielEnvoye: boolean; compteExistant: boolean }) {
  if (!v.courrielEnvoye) {
    return {
      type: 'warning' as const,
      message: `L’invitation de ${v.email} est enregistrée, mais le courriel n’a pas pu partir. Réessayez plus tard : une nouvelle invitation remplacera celle-ci.`,
    };
  }
  return {
    type: 'success' as const,
    message: v.compteExistant
      ? `Invitation envoyée à ${v.email} : cette personne a déjà un compte, le rôle s’ajoutera après sa connexion.`
      : `Invitation envoyée à ${v.email}. Le lien est valable 7 jours.`,
  };
}
