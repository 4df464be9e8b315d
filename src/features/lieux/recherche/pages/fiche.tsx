import {
  CsrfField,
  ErrorSummary,
  type FieldErrors,
  Input,
  Textarea,
} from '../../../../ui/components/form.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { FichePage } from '../fiche-presenter.ts';
import { BadgeOuverture } from './resultats.tsx';

export interface SignalementSaisi {
  message: string;
  email: string;
}

export interface FicheProps {
  fiche: FichePage;
  csrfToken: string;
  signalement: SignalementSaisi;
  erreurs: FieldErrors;
}

function Horaires({ fiche }: { fiche: FichePage }) {
  if (!fiche.horaires)
    return <p>Les horaires ne sont pas renseignés : contactez le lieu avant de vous déplacer.</p>;
  if (fiche.horairesIllisibles !== null || !fiche.semaine) {
    return (
      <>
        <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w">
          <p>Ces horaires n’ont pas pu être interprétés : ils sont affichés tels qu’ils ont été saisis.</p>
        </div>
        <p class="maillage-horaires-brut">{fiche.horaires}</p>
      </>
    );
  }
  return (
    <Tableau
      titre="Horaires de la semaine"
      titreMasque
      class="fr-table--bordered"
      colonnes={['Jour', 'Horaires']}
      lignes={fiche.semaine}
      ligne={(j) => (
        <tr
          aria-current={j.aujourdhui ? 'date' : undefined}
          class={j.aujourdhui ? 'maillage-aujourdhui' : undefined}
        >
          <th scope="row">
            {j.jour} {j.date}
            {j.aujourdhui ? ' (aujourd’hui)' : ''}
          </th>
          <td>
            {j.ferme ? 'Fermé' : j.plages.join(', ')}
            {j.ferie ? ' — jour férié' : ''}
          </td>
        </tr>
      )}
    />
  );
}

function Contacts({ fiche }: { fiche: FichePage }) {
  const rien = !fiche.telephone && !fiche.courriels.length && !fiche.sitesWeb.length && !fiche.priseRdv;
  return (
    <>
      <h2 class="fr-h4">Contact</h2>
      {rien ? <p>Aucun contact renseigné.</p> : null}
      <ul class="fr-raw-list">
        {fiche.telephone ? (
          <li>
            Téléphone : <a href={`tel:${fiche.telephone}`}>{fiche.telephoneAffiche}</a>
          </li>
        ) : null}
        {fiche.courriels.map((c) => (
          <li>
            Courriel : <a href={`mailto:${c}`}>{c}</a>
          </li>
        ))}
        {fiche.sitesWeb.map((s) => (
          <li>
            Site web :{' '}
            <a href={s} rel="noopener noreferrer" target="_blank" title={`${s} (nouvelle fenêtre)`}>
              {s}
            </a>
          </li>
        ))}
        {fiche.priseRdv ? (
          <li>
            <a
              class="fr-link"
              href={fiche.priseRdv}
              rel="noopener noreferrer"
              target="_blank"
              title="Prendre rendez-vous en ligne (nouvelle fenêtre)"
            >
              Prendre rendez-vous en ligne
            </a>
          </li>
        ) : null}
      </ul>
      <h2 class="fr-h4 fr-mt-3w">Accessibilité</h2>
      {fiche.ficheAccesLibre ? (
        <p>
          <a
            class="fr-link"
            href={fiche.ficheAccesLibre}
            rel="noopener noreferrer"
            target="_blank"
            title="Fiche Acceslibre (nouvelle fenêtre)"
          >
            Consulter les informations d’accessibilité (Acceslibre)
          </a>
        </p>
      ) : (
        <p>Les informations d’accessibilité ne sont pas renseignées.</p>
      )}
    </>
  );
}

function Signaler({ fiche, csrfToken, signalement, erreurs }: FicheProps) {
  return (
    <section class="fr-mt-6w" aria-labelledby="titre-signaler">
      <h2 id="titre-signaler" class="fr-h4">
        Signaler une erreur
      </h2>
      <p>
        Une information est fausse ou périmée ? Dites-le au gestionnaire du lieu et à l’équipe nationale
        (ANCT). Aucun compte n’est nécessaire.
      </p>
      <form method="post" action={`/lieux/${fiche.id}/signaler#titre-signaler`} novalidate>
        <CsrfField token={csrfToken} />
        <ErrorSummary errors={erreurs} />
        <Textarea
          name="message"
          label="Qu’est-ce qui est faux ?"
          hint="Par exemple : le lieu a déménagé, les horaires ont changé… (2 000 caractères au plus)"
          value={signalement.message}
          error={erreurs.message}
          required
          maxLength={2000}
          rows={4}
        />
        <Input
          name="email"
          type="email"
          label="Votre adresse électronique (facultatif)"
          hint="Seulement pour vous répondre. Format attendu : nom@domaine.fr"
          value={signalement.email}
          error={erreurs.email}
          autocomplete="email"
        />
        <button type="submit" class="fr-btn fr-btn--secondary">
          Envoyer le signalement
        </button>
      </form>
    </section>
  );
}

export function FicheLieuPage(props: FicheProps) {
  const { fiche } = props;
  return (
    <article>
      <h1>{fiche.nom}</h1>
      <p class="fr-text--lead fr-mb-1w">
        {fiche.adresse}
        {fiche.complementAdresse ? `, ${fiche.complementAdresse}` : ''}, {fiche.commune}
      </p>
      <BadgeOuverture ouverture={fiche.ouverture} />
      {fiche.presentationResume ? <p class="fr-mt-2w">{fiche.presentationResume}</p> : null}
      {fiche.presentationDetail ? <p>{fiche.presentationDetail}</p> : null}
      <div class="fr-grid-row fr-grid-row--gutters fr-mt-2w">
        <div class="fr-col-12 fr-col-md-6">
          <h2 class="fr-h4">Horaires</h2>
          <Horaires fiche={fiche} />
        </div>
        <div class="fr-col-12 fr-col-md-6">
          <Contacts fiche={fiche} />
        </div>
      </div>
      <h2 class="fr-h4 fr-mt-3w">Ce que propose le lieu</h2>
      {fiche.listes.length === 0 ? <p>Aucun service renseigné.</p> : null}
      <dl class="maillage-fiche-listes">
        {fiche.listes.map((l) => (
          <>
            <dt class="fr-text--bold">{l.titre}</dt>
            <dd>
              <ul>
                {l.valeurs.map((v) => (
                  <li>{v}</li>
                ))}
              </ul>
            </dd>
          </>
        ))}
      </dl>
      <h2 class="fr-h4 fr-mt-3w">Informations sur la donnée</h2>
      <dl class="maillage-fiche-listes">
        <dt class="fr-text--bold">SIRET ou RNA</dt>
        <dd>{fiche.pivot}</dd>
        {fiche.structureParente ? (
          <>
            <dt class="fr-text--bold">Structure parente</dt>
            <dd>{fiche.structureParente}</dd>
          </>
        ) : null}
        <dt class="fr-text--bold">Gestionnaire dans Maillage</dt>
        <dd>{fiche.gestionnaire ?? 'Aucune structure ne gère ce lieu dans Maillage.'}</dd>
        <dt class="fr-text--bold">Mise à jour</dt>
        <dd>
          {new Date(`${fiche.dateMaj}T12:00:00Z`).toLocaleDateString('fr-FR', {
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          })}
        </dd>
        {fiche.source ? (
          <>
            <dt class="fr-text--bold">Donnée collectée par</dt>
            <dd>{fiche.source}</dd>
          </>
        ) : null}
        <dt class="fr-text--bold">Provenance</dt>
        <dd>
          {fiche.provenances.length === 0 ? 'Saisi dans Maillage.' : null}
          <ul>
            {fiche.provenances.map((p) => (
              <li>
                {p.source} (identifiant dans la source : {p.idSource})
              </li>
            ))}
          </ul>
        </dd>
        {fiche.latitude !== null && fiche.longitude !== null ? (
          <>
            <dt class="fr-text--bold">Position</dt>
            <dd>
              {fiche.latitude.toLocaleString('fr-FR', { maximumFractionDigits: 5 })},{' '}
              {fiche.longitude.toLocaleString('fr-FR', { maximumFractionDigits: 5 })}
            </dd>
          </>
        ) : null}
      </dl>
      <Signaler {...props} />
    </article>
  );
}
