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
      'Bienvenue dans le réseau des conseillers numériques France Services ! Votre espace de conseiller :\n' +
      `${baseUrl}/conseiller/recrutement${signature}`,
  };
}

/** One e-mail per address: a notification to a group (ANCT's agents, a préfecture) is one message each. */
function aChacun(destinataires: readonly string[], mail: Omit<Mail, 'to'>): Mail[] {
  return destinataires.map((to) => ({ ...mail, to }));
}

export function mailCandidatureStructureAAviser(
  baseUrl: string,
  d: { to: readonly string[]; structure: string; departement: string; candidatureId: string },
): Mail[] {
  return aChacun(d.to, {
    subject: `Nouvelle candidature à examiner : « ${d.structure} »`,
    text:
      `Bonjour,\n\n« ${d.structure} », structure de votre département (${d.departement}), a déposé une ` +
      'candidature pour accueillir des conseillers numériques. Donnez votre avis sur cette candidature :\n' +
      `${baseUrl}/recrutement/candidatures/${d.candidatureId}${signature}`,
  });
}

export function mailSignatureAVerifier(
  baseUrl: string,
  d: { to: readonly string[]; structure: string; numero: string; conventionId: string },
): Mail[] {
  return aChacun(d.to, {
    subject: `Convention ${d.numero} signée à vérifier`,
    text:
      `Bonjour,\n\n« ${d.structure} » a déposé la convention ${d.numero} signée. Vérifiez-la, puis validez ` +
      `la signature ou renvoyez-la avec un motif :\n${baseUrl}/anct/conventions/${d.conventionId}${signature}`,
  });
}

export function mailSignatureVerifiee(
  baseUrl: string,
  d: { to: string; structure: string; numero: string; validee: boolean; motif?: string | undefined },
): Mail {
  return {
    to: d.to,
    subject: d.validee
      ? `Convention ${d.numero} : signature validée`
      : `Convention ${d.numero} : signature à reprendre`,
    text: d.validee
      ? `Bonjour,\n\nL’ANCT a validé la signature de la convention ${d.numero} de « ${d.structure} ». ` +
        `La convention est désormais signée :\n${baseUrl}/structure/conventions${signature}`
      : `Bonjour,\n\nL’ANCT vous renvoie la convention ${d.numero} signée de « ${d.structure} », pour ce motif :\n` +
        `« ${d.motif ?? ''} »\n\nDéposez une nouvelle version signée depuis votre espace :\n` +
        `${baseUrl}/structure/conventions${signature}`,
  };
}

export function mailInteretStructure(
  baseUrl: string,
  d: { to: string; prenom: string; structure: string },
): Mail {
  return {
    to: d.to,
    subject: `« ${d.structure} » s’intéresse à votre candidature`,
    text:
      `Bonjour ${d.prenom},\n\n« ${d.structure} » s’intéresse à votre candidature de conseiller numérique ` +
      'et va sans doute vous contacter. Retrouvez vos propositions dans votre espace :\n' +
      `${baseUrl}/candidat/propositions${signature}`,
  };
}

export function mailRecrutementAConfirmer(
  baseUrl: string,
  d: { to: string; prenom: string; structure: string },
): Mail {
  return {
    to: d.to,
    subject: `Confirmez votre recrutement par « ${d.structure} »`,
    text:
      `Bonjour ${d.prenom},\n\n« ${d.structure} » a enregistré votre recrutement de conseiller numérique. ` +
      'Confirmez-le (ou déclinez-le) depuis votre espace : l’ANCT le validera ensuite.\n' +
      `${baseUrl}/candidat/propositions${signature}`,
  };
}

export function mailRecrutementAValider(
  baseUrl: string,
  d: { to: readonly string[]; structure: string; conseiller: string },
): Mail[] {
  return aChacun(d.to, {
    subject: `Recrutement à valider : ${d.conseiller} par « ${d.structure} »`,
    text:
      `Bonjour,\n\n${d.conseiller} a confirmé son recrutement par « ${d.structure} ». ` +
      `Validez, refusez ou renvoyez ce recrutement :\n${baseUrl}/anct/recrutements${signature}`,
  });
}

export function mailRecrutementDecline(
  baseUrl: string,
  d: { to: string; structure: string; conseiller: string },
): Mail {
  return {
    to: d.to,
    subject: `Recrutement décliné : ${d.conseiller}`,
    text:
      `Bonjour,\n\n${d.conseiller} a décliné le recrutement enregistré par « ${d.structure} ». ` +
      `Le poste est de nouveau ouvert : consultez les candidats proposés.\n${baseUrl}/structure/candidats${signature}`,
  };
}

export type DecisionRecrutement = 'validee' | 'refusee' | 'renvoyee';

export function mailDecisionRecrutement(
  baseUrl: string,
  d: { to: string; structure: string; conseiller: string; decision: DecisionRecrutement; motif?: string },
): Mail {
  const objet = {
    validee: `Recrutement validé : ${d.conseiller}`,
    refusee: `Recrutement refusé : ${d.conseiller}`,
    renvoyee: `Recrutement à corriger : ${d.conseiller}`,
  }[d.decision];
  const corps = {
    validee: `L’ANCT a validé le recrutement de ${d.conseiller} par « ${d.structure} ».`,
    refusee: `L’ANCT a refusé le recrutement de ${d.conseiller} par « ${d.structure} », pour ce motif :\n« ${d.motif ?? ''} »\nLe poste est de nouveau ouvert.`,
    renvoyee: `L’ANCT vous renvoie le recrutement de ${d.conseiller} par « ${d.structure} », pour ce motif :\n« ${d.motif ?? ''} »\nCorrigez le contrat et enregistrez-le de nouveau.`,
  }[d.decision];
  return {
    to: d.to,
    subject: objet,
    text: `Bonjour,\n\n${corps}\n\n${baseUrl}/structure/conseillers${signature}`,
  };
}

/**
 * Mail failures must not undo a committed mutation: they go to the context's log, the person can still
 * act. Called after the transaction.
 */
export async function envoyer(
  ctx: Pick<UseCaseContext, 'mailer' | 'log'>,
  mails: (Mail | Mail[] | null)[],
): Promise<void> {
  for (const mail of mails.flat()) {
    if (!mail?.to) continue;
    try {
      await ctx.mailer.send(mail);
    } catch (error) {
      ctx.log(new Error(`courriel non envoyé à ${mail.to} : ${(error as Error).message}`));
    }
  }
}
