import { Badge } from '../../../../ui/components/badge.tsx';
import { BoutonAction } from '../../../../ui/components/bouton-action.tsx';
import { Radios } from '../../../../ui/components/choix.tsx';
import { Fiche } from '../../../../ui/components/fiche.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, Input } from '../../../../ui/components/form.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import { TYPE_CONTRAT_LABELS, TYPES_CONTRAT } from '../../domain/types.ts';
import type { Valeurs } from '../../pages/champs-candidature-structure.tsx';
import type { RelationVue } from '../../presenters/structure.ts';

/** What the structure may still recruit, in words (the quota rule, before anyone tries). */
export interface QuotaVue {
  attribues: number;
  occupes: number;
  ouverts: number;
  message: string;
  ton: 'info' | 'warning' | 'success';
}

export function MessageQuota({ quota }: { quota: QuotaVue }) {
  return (
    <div class={`fr-alert fr-alert--${quota.ton} fr-alert--sm fr-mb-3w`}>
      <p>{quota.message}</p>
    </div>
  );
}

function Reponses({ r, csrf, retour }: { r: RelationVue; csrf: string; retour: string }) {
  return (
    <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
      {r.code === 'nouvelle' || r.code === 'non_interessee' ? (
        <li>
          <BoutonAction
            action={`/structure/candidats/${r.id}/reponse`}
            csrf={csrf}
            libelle="Intéressé"
            precision={`par ${r.nom}`}
            champs={{ reponse: 'interessee', retour }}
          />
        </li>
      ) : null}
      {r.code === 'nouvelle' || r.code === 'interessee' ? (
        <li>
          <BoutonAction
            action={`/structure/candidats/${r.id}/reponse`}
            csrf={csrf}
            libelle="Pas intéressé"
            precision={`par ${r.nom}`}
            secondaire
            champs={{ reponse: 'non_interessee', retour }}
          />
        </li>
      ) : null}
    </ul>
  );
}

function TableRelations(props: { titre: string; relations: RelationVue[]; csrf: string; actions: boolean }) {
  if (props.relations.length === 0) return null;
  return (
    <Tableau
      titre={`${props.titre} (${props.relations.length})`}
      class="fr-table--multiline"
      colonnes={[
        'Candidat',
        'Commune',
        'Distance',
        'Disponible le',
        'Diplôme',
        'État',
        props.actions ? 'Réponse' : null,
      ]}
      lignes={props.relations}
      ligne={(r) => (
        <tr>
          <th scope="row">
            <a href={`/structure/candidats/${r.id}`}>{r.nom}</a>
            <br />
            <span class="fr-text--xs">{r.origine}</span>
          </th>
          <td>{r.commune}</td>
          <td>{r.distance}</td>
          <td>{r.disponibilite}</td>
          <td>{r.diplome}</td>
          <td>
            <Badge ton={r.statut.ton}>{r.statut.libelle}</Badge>
          </td>
          {props.actions ? (
            <td>
              <Reponses r={r} csrf={props.csrf} retour="/structure/candidats" />
            </td>
          ) : null}
        </tr>
      )}
    />
  );
}

/** Candidates proposed by matching or pre-selected by hand, by stage. */
export function StructureCandidatsPage(props: {
  csrf: string;
  quota: QuotaVue;
  nouvelles: RelationVue[];
  retenus: RelationVue[];
  autres: RelationVue[];
}) {
  return (
    <>
      <h1>Candidats proposés</h1>
      <MessageQuota quota={props.quota} />
      <p>
        Les candidats sont proposés chaque nuit selon leur rayon de mobilité et leur disponibilité. Vous
        pouvez aussi{' '}
        <a href="/structure/candidats/recherche">rechercher parmi tous les candidats disponibles</a>.
      </p>
      {props.nouvelles.length + props.retenus.length + props.autres.length === 0 ? (
        <p>Aucun candidat ne vous a encore été proposé.</p>
      ) : null}
      <TableRelations titre="Candidats retenus" relations={props.retenus} csrf={props.csrf} actions />
      <TableRelations titre="Nouvelles propositions" relations={props.nouvelles} csrf={props.csrf} actions />
      <TableRelations titre="Autres candidats" relations={props.autres} csrf={props.csrf} actions={false} />
    </>
  );
}

export const LIBELLES_CONTRAT: Record<string, string> = {
  type: 'Type de contrat',
  dateDebut: 'Date de début',
  dateFin: 'Date de fin',
  heuresHebdo: 'Durée hebdomadaire',
};

/** One candidate's profile, the answers and, once retained, the recruitment form. */
export function StructureCandidatPage(props: {
  csrf: string;
  r: RelationVue;
  quota: QuotaVue;
  valeurs: Valeurs;
  erreurs: FieldErrors;
}) {
  const r = props.r;
  return (
    <>
      <h1>{r.nom}</h1>
      <p>
        <Badge ton={r.statut.ton}>{r.statut.libelle}</Badge> <span class="fr-text--sm">{r.origine}</span>
      </p>
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-6">
          <h2>Profil</h2>
          <Fiche
            lignes={[
              ['Commune', r.commune],
              ['Distance de la structure', r.distance],
              ['Mobilité', r.mobilite],
              ['Disponible à partir du', r.disponibilite],
              ['Situation', r.situations],
              ['Diplôme de médiation numérique', r.diplome],
              ['Pix', r.pix],
              ...(r.email ? ([['Adresse électronique', r.email]] as [string, string][]) : []),
              ...(r.telephone ? ([['Téléphone', r.telephone]] as [string, string][]) : []),
            ]}
          />
          {r.email ? null : (
            <p class="fr-text--sm">Ses coordonnées s’affichent lorsque vous indiquez votre intérêt.</p>
          )}
        </div>
        <div class="fr-col-12 fr-col-md-6">
          <h2>Expérience</h2>
          <p class="maillage-texte-libre">{r.experience || 'Non renseignée.'}</p>
          <h2>Motivation</h2>
          <p class="maillage-texte-libre">{r.motivation || '—'}</p>
        </div>
      </div>
      <Reponses r={r} csrf={props.csrf} retour={`/structure/candidats/${r.id}`} />
      {r.code === 'a_confirmer' ? (
        <div class="fr-alert fr-alert--info fr-mt-4w">
          <p>
            Recrutement enregistré : {r.nom} doit le confirmer depuis son espace, puis l’ANCT le validera.
          </p>
        </div>
      ) : null}
      {r.code === 'refusee' ? (
        <div class="fr-alert fr-alert--error fr-mt-4w">
          <p>L’ANCT a refusé ce recrutement : « {r.motifAnct} ». Le poste est de nouveau ouvert.</p>
        </div>
      ) : null}
      {r.code === 'interessee' || r.code === 'renvoyee' ? (
        <section class="fr-mt-4w" aria-labelledby="titre-recruter">
          <h2 id="titre-recruter">
            {r.code === 'renvoyee' ? `Corriger le recrutement de ${r.nom}` : `Recruter ${r.nom}`}
          </h2>
          {r.code === 'renvoyee' ? (
            <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w">
              <p>
                L’ANCT vous renvoie ce recrutement : « {r.motifAnct} ». Corrigez le contrat puis
                enregistrez-le :{` ${r.nom}`} le confirmera de nouveau.
              </p>
            </div>
          ) : null}
          {props.erreurs._ ? (
            <div class="fr-alert fr-alert--error fr-mb-3w" role="alert" id="resume-erreurs">
              <h3 class="fr-alert__title">Recrutement refusé</h3>
              <p>{props.erreurs._}</p>
            </div>
          ) : (
            <MessageQuota quota={props.quota} />
          )}
          <ErrorSummary
            errors={Object.fromEntries(Object.entries(props.erreurs).filter(([k]) => k !== '_'))}
            labels={LIBELLES_CONTRAT}
          />
          <form method="post" action={`/structure/candidats/${r.id}/recrutement`} novalidate>
            <CsrfField token={props.csrf} />
            <Radios
              name="type"
              legend="Type de contrat"
              options={TYPES_CONTRAT.map((t) => ({ value: t, label: TYPE_CONTRAT_LABELS[t] }))}
              value={props.valeurs.type}
              error={props.erreurs.type}
              required
            />
            <Input
              name="dateDebut"
              label="Date de début du contrat"
              hint="Format attendu : AAAA-MM-JJ."
              type="date"
              value={props.valeurs.dateDebut}
              error={props.erreurs.dateDebut}
              required
            />
            <Input
              name="dateFin"
              label="Date de fin du contrat (sauf CDI)"
              hint="Format attendu : AAAA-MM-JJ."
              type="date"
              value={props.valeurs.dateFin}
              error={props.erreurs.dateFin}
            />
            <Input
              name="heuresHebdo"
              label="Durée hebdomadaire de travail (heures)"
              hint="Par exemple : 35."
              type="number"
              inputMode="numeric"
              value={props.valeurs.heuresHebdo}
              error={props.erreurs.heuresHebdo}
              required
              extra={{ min: '1', max: '48', step: '0.5' }}
            />
            <button type="submit" class="fr-btn">
              Enregistrer le recrutement
            </button>
          </form>
        </section>
      ) : null}
    </>
  );
}
