import { CsrfField, ErrorSummary, type FieldErrors, Input, Select } from '../../../../ui/components/form.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { Valeurs } from '../../pages/champs-candidature-structure.tsx';

export interface JalonVue {
  code: string;
  libelle: string;
  date: string;
  dateIso: string;
  indicateur: string;
  cible: string;
}

export interface HistoriqueVue {
  action: string;
  acteur: string;
  le: string;
}

const INDICATEURS = [
  { value: 'en_poste', label: 'Conseillers en poste' },
  { value: 'recrutes', label: 'Conseillers recrutés (validés)' },
  { value: 'attribues', label: 'Postes attribués' },
  { value: 'conventionnes', label: 'Postes conventionnés' },
];

export const LIBELLE_INDICATEUR: Record<string, string> = Object.fromEntries(
  INDICATEURS.map((i) => [i.value, i.label]),
);

/** ANCT edits the programme's figures and milestones; every change goes to the audit trail. */
export function ProgrammePage(props: {
  csrf: string;
  parametres: { valeurs: Valeurs; erreurs: FieldErrors; message?: string | undefined };
  jalon: { valeurs: Valeurs; erreurs: FieldErrors };
  jalons: JalonVue[];
  engagements: { postes: string; montant: string };
  derniereModification: string | null;
  historique: HistoriqueVue[];
}) {
  const p = props.parametres;
  const j = props.jalon;
  return (
    <>
      <h1>Paramètres du programme</h1>
      <p>
        Déjà attribués par le comité : <strong>{props.engagements.postes}</strong> pour{' '}
        <strong>{props.engagements.montant}</strong>. L’objectif et l’enveloppe ne peuvent descendre en
        dessous.
      </p>
      {props.derniereModification ? <p class="fr-text--sm">{props.derniereModification}</p> : null}
      <section aria-labelledby="titre-parametres">
        <h2 id="titre-parametres">Objectifs et financement</h2>
        <ErrorSummary
          errors={p.erreurs}
          labels={{
            postesCibles: 'Objectif de postes',
            financementPublicEur: 'Financement public',
            financementPriveEur: 'Financement privé',
            enveloppeEur: 'Enveloppe',
            dureesContratMois: 'Durées',
          }}
        />
        {p.message && Object.keys(p.erreurs).length === 0 ? (
          <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
            <p>{p.message}</p>
          </div>
        ) : null}
        <form method="post" action="/anct/programme" novalidate>
          <CsrfField token={props.csrf} />
          <Input
            name="postesCibles"
            label="Objectif national de postes"
            type="number"
            inputMode="numeric"
            value={p.valeurs.postesCibles}
            error={p.erreurs.postesCibles}
            required
          />
          <Input
            name="financementPublicEur"
            label="Financement par poste, employeur public (euros)"
            type="number"
            inputMode="numeric"
            value={p.valeurs.financementPublicEur}
            error={p.erreurs.financementPublicEur ?? p.erreurs.financement_public}
            required
          />
          <Input
            name="financementPriveEur"
            label="Financement par poste, employeur privé (euros)"
            type="number"
            inputMode="numeric"
            value={p.valeurs.financementPriveEur}
            error={p.erreurs.financementPriveEur ?? p.erreurs.financement_prive}
            required
          />
          <Input
            name="enveloppeEur"
            label="Enveloppe (euros)"
            type="number"
            inputMode="numeric"
            value={p.valeurs.enveloppeEur}
            error={p.erreurs.enveloppeEur}
            required
          />
          <Input
            name="dureesContratMois"
            label="Durées de contrat et de convention (mois)"
            hint="Séparées par des virgules, par exemple : 24, 36."
            value={p.valeurs.dureesContratMois}
            error={p.erreurs.dureesContratMois}
            required
          />
          <button type="submit" class="fr-btn">
            Enregistrer les paramètres
          </button>
        </form>
      </section>
      <section aria-labelledby="titre-jalons" class="fr-mt-6w">
        <h2 id="titre-jalons">Jalons</h2>
        <Tableau
          titre="Échéances et objectifs datés"
          class="fr-table--multiline"
          colonnes={['Jalon', 'Code', 'Date', 'Objectif']}
          lignes={props.jalons}
          ligne={(x) => (
            <tr>
              <th scope="row">{x.libelle}</th>
              <td>
                <code>{x.code}</code>
              </td>
              <td>{x.date}</td>
              <td>{x.cible ? `${x.cible} — ${x.indicateur}` : '—'}</td>
            </tr>
          )}
        />
        <h3>Ajouter ou modifier un jalon</h3>
        <p class="fr-text--sm">Un code existant modifie le jalon correspondant.</p>
        <ErrorSummary
          errors={j.erreurs}
          labels={{ code: 'Code', libelle: 'Libellé', date: 'Date', cible: 'Cible' }}
        />
        <form method="post" action="/anct/programme/jalons" novalidate>
          <CsrfField token={props.csrf} />
          <Input
            name="code"
            label="Code"
            hint="Lettres minuscules, chiffres et _, par exemple bilan_30_juin."
            value={j.valeurs.code}
            error={j.erreurs.code}
            required
          />
          <Input
            name="libelle"
            label="Libellé"
            value={j.valeurs.libelle}
            error={j.erreurs.libelle}
            required
          />
          <Input
            name="date"
            label="Date"
            type="date"
            value={j.valeurs.date}
            error={j.erreurs.date}
            required
          />
          <Select
            name="indicateur"
            label="Indicateur mesuré (facultatif)"
            options={INDICATEURS}
            value={j.valeurs.indicateur}
            error={j.erreurs.indicateur}
            placeholder="Aucun"
          />
          <Input
            name="cible"
            label="Cible (facultatif)"
            type="number"
            inputMode="numeric"
            value={j.valeurs.cible}
            error={j.erreurs.cible}
          />
          <button type="submit" class="fr-btn fr-btn--secondary">
            Enregistrer le jalon
          </button>
        </form>
      </section>
      <section aria-labelledby="titre-historique" class="fr-mt-6w">
        <h2 id="titre-historique">Dernières modifications</h2>
        {props.historique.length === 0 ? (
          <p>Aucune modification depuis l’initialisation du programme.</p>
        ) : (
          <ul>
            {props.historique.map((h) => (
              <li>
                {h.le} — {h.action} — {h.acteur}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href="/admin/audit">Voir le journal d’audit complet</a>
        </p>
      </section>
    </>
  );
}
