import { Badge, type Ton } from '../../../../ui/components/badge.tsx';
import { Chiffre } from '../../../../ui/components/chiffres.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, Input } from '../../../../ui/components/form.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { Valeurs } from '../../pages/champs-candidature-structure.tsx';

export interface SessionVue {
  id: string;
  titre: string;
  decisions: string;
  postes: string;
  montant: string;
}

export interface TotauxVue {
  attribues: string;
  cible: string;
  restant: string;
  engage: string;
  enveloppe: string;
  disponible: string;
}

function Totaux({ t }: { t: TotauxVue }) {
  return (
    <div class="fr-grid-row fr-grid-row--gutters fr-mb-3w">
      <Chiffre valeur={t.attribues} libelle={`postes attribués sur ${t.cible}`} />
      <Chiffre valeur={t.restant} libelle="postes restant à attribuer" />
      <Chiffre valeur={t.engage} libelle={`engagés sur ${t.enveloppe}`} />
      <Chiffre valeur={t.disponible} libelle="restant dans l’enveloppe" />
    </div>
  );
}

/** Committee sessions: the national totals the quota and envelope rules protect, and new sessions. */
export function ComitePage(props: {
  csrf: string;
  totaux: TotauxVue;
  sessions: SessionVue[];
  form: { valeurs: Valeurs; erreurs: FieldErrors };
  aDecider: number;
}) {
  return (
    <>
      <h1>Comité de sélection</h1>
      <Totaux t={props.totaux} />
      <p>
        L’objectif de postes, le financement par poste et l’enveloppe se règlent dans les{' '}
        <a href="/anct/programme">paramètres du programme</a>.
      </p>
      <p>
        Les décisions d’une session s’enregistrent en une fois sur sa feuille de séance (ouvrez la session),
        ou une à une depuis la fiche de chaque candidature.{' '}
        <a href="/recrutement/candidatures?statut=CREEE&amp;avis=favorable">
          {props.aDecider} candidature(s) avec un avis favorable attendent une décision
        </a>
        .
      </p>
      <Tableau
        titre="Sessions du comité"
        class="fr-table--multiline"
        colonnes={['Session', 'Décisions', 'Postes (solde)', 'Montant (solde)']}
        lignes={props.sessions}
        ligne={(s) => (
          <tr>
            <th scope="row">
              <a href={`/anct/comite/${s.id}`}>{s.titre}</a>
            </th>
            <td>{s.decisions}</td>
            <td>{s.postes}</td>
            <td>{s.montant}</td>
          </tr>
        )}
      />
      <section aria-labelledby="titre-nouvelle-session" class="fr-mt-4w">
        <h2 id="titre-nouvelle-session">Nouvelle session</h2>
        <ErrorSummary errors={props.form.erreurs} labels={{ numero: 'Numéro', date: 'Date' }} />
        <form method="post" action="/anct/comite" novalidate>
          <CsrfField token={props.csrf} />
          <Input
            name="numero"
            label="Numéro (facultatif)"
            hint="Laissez vide pour prendre le numéro suivant."
            type="number"
            inputMode="numeric"
            value={props.form.valeurs.numero}
            error={props.form.erreurs.numero}
          />
          <Input
            name="date"
            label="Date de la session"
            type="date"
            value={props.form.valeurs.date}
            error={props.form.erreurs.date}
            required
          />
          <button type="submit" class="fr-btn">
            Créer la session
          </button>
        </form>
      </section>
    </>
  );
}

export interface DecisionSessionVue {
  candidatureId: string;
  structure: string;
  departement: string;
  nature: string;
  avis: { libelle: string; ton: Ton };
  postes: string;
  montant: string;
  commentaire: string;
}

export function SessionPage(props: {
  titre: string;
  href: string;
  totaux: TotauxVue;
  decisions: DecisionSessionVue[];
}) {
  return (
    <>
      <h1>{props.titre}</h1>
      <Totaux t={props.totaux} />
      <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <a class="fr-btn fr-icon-edit-line" href={`${props.href}/feuille`}>
            Remplir la feuille de séance
          </a>
        </li>
        <li>
          <a class="fr-btn fr-btn--secondary fr-icon-download-line" href={`${props.href}/proces-verbal.pdf`}>
            Procès-verbal (PDF)
          </a>
        </li>
        <li>
          <a class="fr-btn fr-btn--secondary fr-icon-download-line" href={`${props.href}/proces-verbal.xlsx`}>
            Procès-verbal (tableur XLSX)
          </a>
        </li>
      </ul>
      {props.decisions.length === 0 ? (
        <p>
          Aucune décision dans cette session. Remplissez la{' '}
          <a href={`${props.href}/feuille`}>feuille de séance</a> ou ouvrez une{' '}
          <a href="/recrutement/candidatures?statut=CREEE">candidature à examiner</a> pour statuer.
        </p>
      ) : (
        <Tableau
          titre={`Décisions de la session (${props.decisions.length})`}
          class="fr-table--multiline"
          colonnes={['Structure', 'Département', 'Nature', 'Avis', 'Postes', 'Montant', 'Commentaire']}
          lignes={props.decisions}
          ligne={(d) => (
            <tr>
              <th scope="row">
                <a href={`/recrutement/candidatures/${d.candidatureId}`}>{d.structure}</a>
              </th>
              <td>{d.departement}</td>
              <td>{d.nature}</td>
              <td>
                <Badge ton={d.avis.ton}>{d.avis.libelle}</Badge>
              </td>
              <td>{d.postes}</td>
              <td>{d.montant}</td>
              <td>{d.commentaire || '—'}</td>
            </tr>
          )}
        />
      )}
    </>
  );
}
