import { Badge } from '../../../../ui/components/badge.tsx';
import { Checkbox, CsrfField, ErrorSummary, Input } from '../../../../ui/components/form.tsx';
import type { ValeursInscription } from '../domain/inscription.ts';

export interface FicheAtelier {
  id: string;
  titre: string;
  description: string;
  quand: string;
  lieuNom: string;
  lieuAdresse: string;
  lieuId: string;
  accessibilite: string;
  /** The place's published specific care (from the registry). */
  accesLieu: string;
  ficheAccesLibre: string | null;
  niveau: string;
  thematiques: string;
  gratuit: boolean;
  places: string;
  attente: number;
  complet: boolean;
  annule: boolean;
  /** Registration open: published, on registration, not started. */
  ouvert: boolean;
  inscriptionRequise: boolean;
  structureNom: string;
}

const LIBELLES = {
  prenom: 'Prénom',
  nom: 'Nom',
  courriel: 'Adresse électronique',
  telephone: 'Téléphone',
  consentement: 'Accord',
};

/** A workshop's public page, with the registration form (no account). */
export function FicheAtelierPage(p: {
  atelier: FicheAtelier;
  csrfToken: string;
  valeurs: ValeursInscription;
  erreurs: Record<string, string>;
}) {
  const a = p.atelier;
  const e = p.erreurs;
  return (
    <>
      <h1>
        {a.annule ? 'Annulé : ' : ''}
        {a.titre}
      </h1>
      {a.annule ? (
        <div class="fr-alert fr-alert--warning fr-mb-3w">
          <p>Cet atelier est annulé.</p>
        </div>
      ) : null}
      <ul class="fr-badges-group fr-mb-2w">
        <li>
          <Badge ton="info">{a.niveau}</Badge>
        </li>
        <li>
          <Badge ton="neutre">{a.gratuit ? 'Gratuit' : 'Payant'}</Badge>
        </li>
        {a.complet && !a.annule ? (
          <li>
            <Badge ton="warning">Complet</Badge>
          </li>
        ) : null}
      </ul>
      <dl>
        <dt class="fr-text--bold">Quand</dt>
        <dd>{a.quand}</dd>
        <dt class="fr-text--bold">Où</dt>
        <dd>
          <a href={`/lieux/${a.lieuId}`}>{a.lieuNom}</a>
          <br />
          {a.lieuAdresse}
        </dd>
        <dt class="fr-text--bold">Organisé par</dt>
        <dd>{a.structureNom}</dd>
        <dt class="fr-text--bold">Thématiques</dt>
        <dd>{a.thematiques}</dd>
        <dt class="fr-text--bold">Places</dt>
        <dd>
          {a.places}
          {a.attente > 0
            ? ` — ${a.attente} ${a.attente > 1 ? 'personnes' : 'personne'} en liste d’attente`
            : ''}
        </dd>
        {a.accessibilite || a.accesLieu || a.ficheAccesLibre ? (
          <>
            <dt class="fr-text--bold">Accessibilité</dt>
            <dd>
              {a.accessibilite}
              {a.accesLieu ? (
                <>
                  {a.accessibilite ? <br /> : null}
                  Le lieu accueille spécifiquement : {a.accesLieu}
                </>
              ) : null}
              {a.ficheAccesLibre ? (
                <>
                  <br />
                  <a href={a.ficheAccesLibre} rel="noopener">
                    Fiche d’accessibilité du lieu sur Acceslibre
                  </a>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
      {a.description ? <p class="fr-mt-2w">{a.description}</p> : null}
      {!a.inscriptionRequise && !a.annule ? <p>Accès libre : venez sans vous inscrire.</p> : null}
      {a.ouvert ? (
        <section class="fr-mt-4w" aria-labelledby="titre-inscription">
          <h2 id="titre-inscription">{a.complet ? 'S’inscrire sur la liste d’attente' : 'S’inscrire'}</h2>
          {a.complet ? (
            <p>
              L’atelier est complet : inscrivez-vous sur la liste d’attente, vous aurez automatiquement la
              première place libérée et serez prévenu par e-mail.
            </p>
          ) : null}
          <ErrorSummary errors={e} labels={LIBELLES} />
          <form method="post" action={`/ateliers/${a.id}/inscription`} novalidate>
            <CsrfField token={p.csrfToken} />
            <Input
              name="prenom"
              label="Prénom"
              value={p.valeurs.prenom}
              error={e.prenom}
              autocomplete="given-name"
              required
            />
            <Input
              name="nom"
              label="Nom"
              value={p.valeurs.nom}
              error={e.nom}
              autocomplete="family-name"
              required
            />
            <p class="fr-hint-text">Indiquez au moins une adresse électronique ou un numéro de téléphone.</p>
            <Input
              name="courriel"
              type="email"
              label="Adresse électronique"
              hint="Format attendu : nom@domaine.fr. Vous y recevrez la confirmation et le lien pour annuler."
              value={p.valeurs.courriel}
              error={e.courriel}
              autocomplete="email"
            />
            <Input
              name="telephone"
              type="tel"
              label="Téléphone"
              hint="Format attendu : 06 12 34 56 78"
              value={p.valeurs.telephone}
              error={e.telephone}
              autocomplete="tel"
            />
            <Checkbox
              name="consentement"
              checked={p.valeurs.consentement}
              label="J’accepte que mes coordonnées servent uniquement à gérer mon inscription à cet atelier"
              hint="Elles sont transmises à la structure qui l’organise et effacées après l’atelier."
              error={e.consentement}
            />
            <button class="fr-btn fr-mt-2w" type="submit">
              {a.complet ? 'M’inscrire sur la liste d’attente' : 'M’inscrire'}
            </button>
          </form>
        </section>
      ) : null}
    </>
  );
}
