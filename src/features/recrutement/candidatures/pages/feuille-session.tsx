import { Badge, type Ton } from '../../../../ui/components/badge.tsx';
import { ariaErreur, Champ } from '../../../../ui/components/champ.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldId } from '../../../../ui/components/form.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';

export interface LigneFeuilleVue {
  candidatureId: string;
  structure: string;
  departement: string;
  statut: string;
  postesDemandes: string;
  avis: { libelle: string; ton: Ton };
  rang: string;
  avisCommentaire: string;
}

export interface FeuilleForm {
  valeurs: Record<string, string>;
  erreurs: FieldErrors;
  message?: string;
}

const CHOIX = [
  { value: '', label: 'Pas de décision à cette session' },
  { value: 'positif', label: 'Avis positif' },
  { value: 'negatif', label: 'Avis négatif' },
  { value: 'examen_complementaire', label: 'Examen complémentaire' },
];

function Cellule(props: {
  name: string;
  label: string;
  error: string | undefined;
  select?: boolean;
  children: (id: string) => preact.ComponentChildren;
}) {
  const id = fieldId(props.name);
  return (
    <Champ
      id={id}
      groupe={props.select ? 'select' : 'input'}
      label={<span class="fr-sr-only">{props.label}</span>}
      error={props.error}
    >
      {props.children(id)}
    </Champ>
  );
}

/**
 * The session worksheet: every application awaiting the committee on one form, with the préfecture's
 * opinion beside the decision, the posts granted and a comment. One submit records them all, or none.
 */
export function FeuilleSessionPage(props: {
  titre: string;
  action: string;
  csrf: string;
  lignes: LigneFeuilleVue[];
  tronquee: boolean;
  durees: number[];
  form: FeuilleForm;
  departement: string | null;
}) {
  const v = props.form.valeurs;
  const e = props.form.erreurs;
  return (
    <>
      <h1>Feuille de séance — {props.titre}</h1>
      <p>
        Choisissez la décision de chaque candidature examinée à cette session, puis enregistrez la feuille en
        une fois. Si une ligne est à corriger, aucune décision n’est enregistrée. Les lignes laissées sur «
        Pas de décision » restent à examiner.
      </p>
      <form method="get" action={props.action} class="fr-mb-3w">
        <div class="fr-input-group">
          <label class="fr-label" for="filtre-departement">
            Département (facultatif)
            <span class="fr-hint-text">Code du département, par exemple 02 ou 2A.</span>
          </label>
          <input
            class="fr-input"
            id="filtre-departement"
            name="departement"
            value={props.departement ?? ''}
            maxLength={3}
          />
        </div>
        <button type="submit" class="fr-btn fr-btn--secondary">
          Filtrer
        </button>
      </form>
      {props.form.message ? (
        <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
          <p>{props.form.message}</p>
        </div>
      ) : null}
      <ErrorSummary errors={e} />
      <form method="post" action={props.action} novalidate>
        <CsrfField token={props.csrf} />
        {props.departement ? <input type="hidden" name="departement" value={props.departement} /> : null}
        <div class="fr-select-group">
          <label class="fr-label" for={fieldId('dureeMois')}>
            Durée des conventions des avis positifs
          </label>
          <select
            class="fr-select"
            id={fieldId('dureeMois')}
            name="dureeMois"
            {...ariaErreur(fieldId('dureeMois'), e.dureeMois)}
          >
            {props.durees.map((d) => (
              <option value={String(d)} selected={String(d) === v.dureeMois}>
                {d} mois
              </option>
            ))}
          </select>
          {e.dureeMois ? (
            <p class="fr-error-text" id={`${fieldId('dureeMois')}-erreur`}>
              {e.dureeMois}
            </p>
          ) : null}
        </div>
        {props.tronquee ? (
          <p class="fr-text--sm">
            Seules les premières candidatures sont affichées : filtrez par département pour voir les autres.
          </p>
        ) : null}
        <Tableau
          titre={`Candidatures à examiner (${props.lignes.length})`}
          class="fr-table--multiline"
          colonnes={['Structure', 'Avis de la préfecture', 'Décision', 'Postes attribués', 'Commentaire']}
          lignes={props.lignes}
          vide="Aucune candidature n’attend de décision."
          ligne={(l) => {
            const choix = `choix_${l.candidatureId}`;
            const postes = `postes_${l.candidatureId}`;
            const commentaire = `commentaire_${l.candidatureId}`;
            return (
              <tr>
                <th scope="row">
                  <input type="hidden" name="candidatures" value={l.candidatureId} />
                  <a href={`/recrutement/candidatures/${l.candidatureId}`}>{l.structure}</a>
                  <br />
                  <span class="fr-text--sm">
                    Département {l.departement} · {l.statut} · {l.postesDemandes} demandé(s)
                  </span>
                </th>
                <td>
                  <Badge ton={l.avis.ton}>{l.avis.libelle}</Badge>
                  {l.rang ? <p class="fr-text--sm fr-mb-0">Rang {l.rang}</p> : null}
                  {l.avisCommentaire ? <p class="fr-text--sm fr-mb-0">{l.avisCommentaire}</p> : null}
                </td>
                <td>
                  <Cellule name={choix} label={`Décision pour ${l.structure}`} error={e[choix]} select>
                    {(id) => (
                      <select class="fr-select" id={id} name={choix} {...ariaErreur(id, e[choix])}>
                        {CHOIX.map((o) => (
                          <option value={o.value} selected={o.value === (v[choix] ?? '')}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    )}
                  </Cellule>
                </td>
                <td>
                  <Cellule name={postes} label={`Postes attribués à ${l.structure}`} error={e[postes]}>
                    {(id) => (
                      <input
                        class="fr-input"
                        id={id}
                        name={postes}
                        type="number"
                        inputMode="numeric"
                        min={1}
                        value={v[postes] ?? ''}
                        {...ariaErreur(id, e[postes])}
                      />
                    )}
                  </Cellule>
                </td>
                <td>
                  <Cellule
                    name={commentaire}
                    label={`Commentaire pour ${l.structure}`}
                    error={e[commentaire]}
                  >
                    {(id) => (
                      <textarea
                        class="fr-input"
                        id={id}
                        name={commentaire}
                        rows={2}
                        maxLength={1000}
                        {...ariaErreur(id, e[commentaire])}
                      >
                        {v[commentaire] ?? ''}
                      </textarea>
                    )}
                  </Cellule>
                </td>
              </tr>
            );
          }}
        />
        <button type="submit" class="fr-btn">
          Enregistrer les décisions de la session
        </button>
      </form>
    </>
  );
}
