import type { UseCaseContext } from '../../../platform/context.ts';
import type { Mail } from '../../../platform/mail/mailer.ts';
import { type LieuResume, lieuxParIds } from '../../lieux/index.ts';
import { calendrier } from './domain/calendrier.ts';
import { jetonAnnulation } from './jeton.ts';
import type { AtelierLigne, InscriptionLigne } from './repo.ts';

const JOUR = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const HEURE = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  minute: '2-digit',
});
const heure = (d: Date) => HEURE.format(d).replace(':', ' h ');

/** « mardi 12 janvier 2027, de 14 h 00 à 16 h 00 » (Paris time). */
export function quand(debut: Date, fin: Date): string {
  return `${JOUR.format(debut)}, de ${heure(debut)} à ${heure(fin)}`;
}

export function adresseLieu(l: Pick<LieuResume, 'nom' | 'adresse' | 'codePostal' | 'commune'> | undefined) {
  return l ? `${l.nom}, ${l.adresse}, ${l.codePostal} ${l.commune}` : 'Lieu à préciser';
}

export async function lieuDe(
  ctx: Pick<UseCaseContext, 'db'>,
  a: AtelierLigne,
): Promise<LieuResume | undefined> {
  const [l] = await lieuxParIds(ctx.db, [a.lieuId]);
  return l;
}

function lienAnnulation(ctx: UseCaseContext, i: InscriptionLigne): string {
  return `${ctx.config.baseUrl}/ateliers/inscription/annuler?jeton=${encodeURIComponent(jetonAnnulation(ctx.config.sessionSecret, i.id))}`;
}

/** The workshop's invitation for a calendar (no personal data). */
export function invitation(ctx: UseCaseContext, a: AtelierLigne, lieu: LieuResume | undefined): string {
  return calendrier(
    [
      {
        id: a.id,
        titre: a.titre,
        description: a.description,
        lieu: adresseLieu(lieu),
        latitude: a.latitude,
        longitude: a.longitude,
        debut: a.debut,
        fin: a.fin,
        annule: a.statut === 'annule',
        url: `${ctx.config.baseUrl}/ateliers/${a.id}`,
        modifieLe: a.modifieLe,
      },
    ],
    a.titre,
  );
}

function piece(ctx: UseCaseContext, a: AtelierLigne, lieu: LieuResume | undefined): Mail['attachments'] {
  return [
    {
      filename: 'atelier.ics',
      content: invitation(ctx, a, lieu),
      contentType: 'text/calendar; charset=utf-8',
    },
  ];
}

function entete(a: AtelierLigne, lieu: LieuResume | undefined): string[] {
  return [`Atelier : ${a.titre}`, `Quand : ${quand(a.debut, a.fin)}`, `Où : ${adresseLieu(lieu)}`];
}

type Sorte =
  | 'confirmee'
  | 'attente'
  | 'promue'
  | 'deja'
  | 'rappel'
  | 'annulation'
  | 'deplacement'
  | 'desinscription';

const SUJETS: Record<Sorte, (t: string) => string> = {
  confirmee: (t) => `Inscription confirmée : ${t}`,
  attente: (t) => `Liste d’attente : ${t}`,
  promue: (t) => `Une place s’est libérée : ${t}`,
  deja: (t) => `Votre inscription : ${t}`,
  rappel: (t) => `Rappel : ${t} demain`,
  annulation: (t) => `Atelier annulé : ${t}`,
  deplacement: (t) => `Atelier modifié : ${t}`,
  desinscription: (t) => `Inscription annulée : ${t}`,
};

const CORPS: Record<Sorte, string> = {
  confirmee: 'Votre inscription est confirmée : une place vous est réservée.',
  attente:
    'L’atelier est complet : vous êtes sur la liste d’attente. Si une place se libère, elle vous sera attribuée automatiquement et vous serez prévenu.',
  promue: 'Une place s’est libérée : votre inscription est maintenant confirmée.',
  deja: 'Vous êtes déjà inscrit à cet atelier ; votre inscription reste inchangée.',
  rappel: 'Nous vous rappelons que l’atelier a lieu demain.',
  annulation: 'L’atelier est annulé. Nous vous prions de nous excuser pour ce contretemps.',
  deplacement: 'La date, l’heure ou le lieu de l’atelier ont changé. Voici les nouvelles informations.',
  desinscription: 'Votre inscription est annulée. Merci d’avoir libéré votre place.',
};

/** The mail of a registrant about their workshop (null: no e-mail address given). */
export function courriel(
  ctx: UseCaseContext,
  sorte: Sorte,
  a: AtelierLigne,
  lieu: LieuResume | undefined,
  i: InscriptionLigne,
): Mail | null {
  if (!i.courriel) return null;
  const annulable = !['annulation', 'desinscription'].includes(sorte);
  const avecInvitation = ['confirmee', 'promue', 'deplacement', 'rappel', 'annulation'].includes(sorte);
  return {
    to: i.courriel,
    subject: SUJETS[sorte](a.titre),
    text: [
      `Bonjour ${i.prenom},`,
      '',
      CORPS[sorte],
      '',
      ...entete(a, lieu),
      `Page de l’atelier : ${ctx.config.baseUrl}/ateliers/${a.id}`,
      '',
      ...(annulable
        ? [
            `Si vous ne pouvez pas venir, annulez votre inscription pour libérer la place : ${lienAnnulation(ctx, i)}`,
            '',
          ]
        : []),
      'Vous recevez ce message parce que vous vous êtes inscrit à cet atelier sur Maillage.',
    ].join('\n'),
    ...(avecInvitation ? { attachments: piece(ctx, a, lieu) } : {}),
  };
}

/** Sends after the commit; a mail that fails is logged, the registration stays. */
export async function envoyer(ctx: UseCaseContext, mails: (Mail | null)[]): Promise<void> {
  for (const m of mails) {
    if (!m) continue;
    try {
      await ctx.mailer.send(m);
    } catch (erreur) {
      ctx.log(erreur);
    }
  }
}
