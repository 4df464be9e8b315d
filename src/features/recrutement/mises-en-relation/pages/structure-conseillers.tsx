import { de } from '../../../../platform/valeurs/typographie.ts';
import { Badge } from '../../../../ui/components/badge.tsx';
import { BoutonAction } from '../../../../ui/components/bouton-action.tsx';
import { ChampId, ChoixId } from '../../../../ui/components/champ-id.tsx';
import { Fiche } from '../../../../ui/components/fiche.tsx';
import { CsrfField } from '../../../../ui/components/form.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import {
  CERTIFICATION_LABELS,
  CERTIFICATIONS,
  MOTIF_RUPTURE_LABELS,
  MOTIFS_RUPTURE,
} from '../../domain/types.ts';
import type { ConseillerVue } from '../../presenters/structure.ts';

const EN_POSTE = new Set(['a_confirmer', 'recrutee', 'renvoyee', 'validee', 'en_poste']);

/** The training record form (create or update), shared by the structure and ANCT pages. */
export function FormulaireFormation(props: {
  action: string;
  csrf: string;
  id: string;
  nom: string;
  valeurs?: { organisme: string; dateDebut: string; dateFin: string; certification: string } | undefined;
}) {
  const v = props.valeurs;
  return (
    <form method="post" action={props.action} class="fr-mt-2w">
      <CsrfField token={props.csrf} />
      <fieldset class="fr-fieldset" aria-labelledby={`legende-formation-${props.id}`}>
        <legend class="fr-fieldset__legend fr-text--md" id={`legende-formation-${props.id}`}>
          Formation de {props.nom}
        </legend>
        <div class="fr-fieldset__element">
          <ChampId
            id={`organisme-${props.id}`}
            name="organisme"
            label="Organisme de formation"
            value={v?.organisme}
            maxLength={200}
          />
        </div>
        <div class="fr-fieldset__element fr-fieldset__element--inline">
          <ChampId id={`debut-${props.id}`} name="dateDebut" label="Début" type="date" value={v?.dateDebut} />
        </div>
        <div class="fr-fieldset__element fr-fieldset__element--inline">
          <ChampId id={`fin-${props.id}`} name="dateFin" label="Fin" type="date" value={v?.dateFin} />
        </div>
        <div class="fr-fieldset__element fr-fieldset__element--inline">
          <ChoixId
            id={`certification-${props.id}`}
            name="certification"
            label="Certification"
            options={CERTIFICATIONS.map((c) => ({ value: c, label: CERTIFICATION_LABELS[c] }))}
            value={v?.certification ?? 'en_cours'}
          />
        </div>
        <div class="fr-fieldset__element">
          <button type="submit" class="fr-btn fr-btn--sm fr-btn--secondary">
            Enregistrer la formation<span class="fr-sr-only"> de {props.nom}</span>
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** The structure's advisers: contract, training, taking up the post, end of contract. */
export function StructureConseillersPage(props: {
  csrf: string;
  conseillers: ConseillerVue[];
  aujourdhui: string;
}) {
  const actuels = props.conseillers.filter((c) => EN_POSTE.has(c.code));
  const anciens = props.conseillers.filter((c) => !EN_POSTE.has(c.code));
  return (
    <>
      <h1>Mes conseillers numériques</h1>
      {actuels.length === 0 ? <p>Aucun conseiller recruté pour le moment.</p> : null}
      {actuels.map((c) => (
        <section class="fr-card fr-card--no-arrow fr-mb-4w" aria-labelledby={`titre-${c.id}`}>
          <div class="fr-card__body">
            <div class="fr-card__content">
              <h2 class="fr-card__title fr-h5" id={`titre-${c.id}`}>
                {c.nom}
              </h2>
              <div class="fr-card__desc">
                <p>
                  <Badge ton={c.statut.ton}>{c.statut.libelle}</Badge>
                </p>
                {c.motifAnct ? (
                  <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w">
                    <p>
                      L’ANCT vous renvoie ce recrutement : « {c.motifAnct} ».{' '}
                      <a href={`/structure/candidats/${c.id}`}>Corriger le contrat</a>
                    </p>
                  </div>
                ) : null}
                <Fiche
                  lignes={[
                    ['Adresse électronique', c.email],
                    ['Contrat', c.contrat],
                    [
                      'Formation',
                      c.formation
                        ? `${c.formation.organisme}, ${c.formation.periode} — certification : ${c.formation.certification}`
                        : 'Non renseignée',
                    ],
                  ]}
                />
                {c.code === 'validee' ? (
                  <BoutonAction
                    action={`/structure/conseillers/${c.id}/prise-de-poste`}
                    csrf={props.csrf}
                    libelle="Enregistrer la prise de poste"
                    precision={de(c.nom)}
                  />
                ) : null}
                <FormulaireFormation
                  action={`/structure/conseillers/${c.id}/formation`}
                  csrf={props.csrf}
                  id={c.id}
                  nom={c.nom}
                  valeurs={c.formation?.valeurs}
                />
                <form method="post" action={`/structure/conseillers/${c.id}/rupture`} class="fr-mt-2w">
                  <CsrfField token={props.csrf} />
                  <fieldset class="fr-fieldset" aria-labelledby={`legende-rupture-${c.id}`}>
                    <legend class="fr-fieldset__legend fr-text--md" id={`legende-rupture-${c.id}`}>
                      Fin du contrat de {c.nom}
                    </legend>
                    <div class="fr-fieldset__element fr-fieldset__element--inline">
                      <ChoixId
                        id={`motif-${c.id}`}
                        name="motif"
                        label="Motif"
                        options={MOTIFS_RUPTURE.map((m) => ({ value: m, label: MOTIF_RUPTURE_LABELS[m] }))}
                        placeholder="Choisissez le motif"
                      />
                    </div>
                    <div class="fr-fieldset__element fr-fieldset__element--inline">
                      <ChampId
                        id={`date-rupture-${c.id}`}
                        name="date"
                        label="Date de fin"
                        type="date"
                        value={props.aujourdhui}
                      />
                    </div>
                    <div class="fr-fieldset__element">
                      <button type="submit" class="fr-btn fr-btn--sm fr-btn--tertiary">
                        Enregistrer la fin du contrat<span class="fr-sr-only"> de {c.nom}</span>
                      </button>
                    </div>
                  </fieldset>
                </form>
              </div>
            </div>
          </div>
        </section>
      ))}
      {anciens.length > 0 ? (
        <Tableau
          titre="Anciens conseillers"
          class="fr-table--multiline"
          colonnes={['Conseiller', 'Contrat', 'Fin']}
          lignes={anciens}
          ligne={(c) => (
            <tr>
              <th scope="row">{c.nom}</th>
              <td>{c.contrat}</td>
              <td>{c.rupture ?? '—'}</td>
            </tr>
          )}
        />
      ) : null}
    </>
  );
}
