import type { UseCaseContext } from '../../platform/context.ts';
import type { Mail } from '../../platform/mail/mailer.ts';
import { formatEuros } from './domain/budget.ts';

/** The programme's e-mails (French, plain text). Sent after the transaction commits. */

const signature =
  '\n\n--\nProgramme Conseillers numériques France Services — ANCT\nCe message est envoyé automatiquement, merci de ne pas y répondre.';

export function mailCandidatureStructureRecue(
  baseUrl: string,
  d: { to: string; prenom: string; structure: string; postes: number },
): Mail {
  return {
    to: d.to,
    subject: 'Votre candidature pour accueillir des conseillers numériques est bien reçue',
    text:
      `Bonjour ${d.prenom},\n\nNous avons bien reçu la candidature de « ${d.structure} » pour accueillir ` +
      `${d.postes} conseiller${d.postes > 1 ? 's' : ''} numérique${d.postes > 1 ? 's' : ''}.\n\n` +
      'La préfecture de votre département va donner son avis, puis le comité de sélection national statuera. ' +
      'Vous pouvez modifier votre candidature tant qu’elle n’a pas été examinée, depuis votre espace :\n' +
      `${baseUrl}/connexion${signature}`,
  };
}

export function mailCandidatureConseillerRecue(baseUrl: string, d: { to: string; prenom: string }): Mail {
  return {
    to: d.to,
    subject: 'Votre candidature de conseiller numérique est bien reçue',
    text:
      `Bonjour ${d.prenom},\n\nVotre candidature de conseiller numérique est enregistrée. Les structures ` +
      'proches de chez vous, dans le rayon que vous avez choisi, pourront vous la proposer.\n\n' +
      'Depuis votre espace, vous pouvez mettre à jour votre disponibilité, suspendre ou retirer votre candidature :\n' +
      `${baseUrl}/connexion${signature}`,
  };
}

export function mailDecision(
  baseUrl: string,
  d: {
    to: string;
    structure: string;
    avis: 'POSITIF' | 'NEGATIF' | 'EXAMEN_COMPLEMENTAIRE';
    postes: number;
    session: number;
  },
): Mail {
  const corps =
    d.avis === 'POSITIF'
      ? d.postes > 0
        ? `Le comité de sélection (session n° ${d.session}) a attribué ${d.postes} poste${d.postes > 1 ? 's' : ''} de conseiller numérique à « ${d.structure} ». ` +
          'Votre convention de financement est disponible dans votre espace.'
        : `Le comité de sélection (session n° ${d.session}) a retiré ${-d.postes} poste${d.postes < -1 ? 's' : ''} à « ${d.structure} ».`
      : d.avis === 'NEGATIF'
        ? `Le comité de sélection (session n° ${d.session}) n’a pas retenu la candidature de « ${d.structure} ».`
        : `Le comité de sélection (session n° ${d.session}) a demandé un examen complémentaire de la candidature de « ${d.structure} ». La préfecture ou l’ANCT pourra vous contacter.`;
  return {
    to: d.to,
    subject: `Décision du comité de sélection pour « ${d.structure} »`,
    text: `Bonjour,\n\n${corps}\n\n${baseUrl}/connexion${signature}`,
  };
}

export function mailConventionPrete(
  baseUrl: string,
  d: { to: string; structure: string; numero: string; postes: number; montantEur: number },
): Mail {
  return {
    to: d.to,
    subject: `Convention de financement ${d.numero} à signer`,
    text:
      `Bonjour,\n\nLa convention ${d.numero} de « ${d.structure} » (${d.postes} poste${d.postes > 1 ? 's' : ''}, ` +
      `${formatEuros(d.montantEur)}) est prête. Téléchargez-la depuis votre espace, signez-la et déposez-la :\n` +
      `${baseUrl}/connexion${signature}`,
  };
}

export function mailNouvellesPropositions(
  baseUrl: string,
  d: { to: string; structure: string; nombre: number },
): Mail {
  return {
    to: d.to,
    subject: `${d.nombre} nouveau${d.nombre > 1 ? 'x' : ''} candidat${d.nombre > 1 ? 's' : ''} proposé${d.nombre > 1 ? 's' : ''} à « ${d.structure} »`,
    text:
      `Bonjour,\n\n${d.nombre} candidat${d.nombre > 1 ? 's' : ''} conseiller${d.nombre > 1 ? 's' : ''} numérique${d.nombre > 1 ? 's' : ''} ` +
      `proche${d.nombre > 1 ? 's' : ''} de « ${d.structure} » ${d.nombre > 1 ? 'vous sont proposés' : 'vous est proposé'}. ` +
      `Consultez leurs profils et indiquez votre intérêt :\n${baseUrl}/connexion${signature}`,
  };
}

export function mailRecrutementValide(
  baseUrl: string,
  d: { to: string; prenom: string; structure: string },
): Mail {
  return {
    to: d.to,
    subject: 'Votre recrutement de conseiller numérique est validé',
    text:
      `Bonjour ${d.prenom},\n\nL’ANCT a validé votre recrutement par « ${d.structure} ». ` +
      `Bienvenue dans le réseau des conseillers numériques France Services !\n\n${baseUrl}/connexion${signature}`,
  };
}

/**
 * Mail failures must not undo a committed mutation: they go to the context's log, the person can still
 * act. Called after the transaction.
 */
export async function envoyer(
  ctx: Pick<UseCaseContext, 'mailer' | 'log'>,
  mails: (Mail | null)[],
): Promise<void> {
  for (const mail of mails) {
    if (!mail?.to) continue;
    try {
      await ctx.mailer.send(mail);
    } catch (error) {
      ctx.log(new Error(`courriel non envoyé à ${mail.to} : ${(error as Error).message}`));
    }
  }
}
