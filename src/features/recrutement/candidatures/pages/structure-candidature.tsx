import { joindre } from '../../../../platform/valeurs/typographie.ts';
import { Badge } from '../../../../ui/components/badge.tsx';
import { Fiche } from '../../../../ui/components/fiche.tsx';
import { CsrfField, ErrorSummary, type FieldErrors } from '../../../../ui/components/form.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import { ChampsProjet, type Valeurs } from '../../pages/champs-candidature-structure.tsx';
import type { CandidatureVue, DecisionVue, FicheVue } from '../../presenters/structure.ts';
import { LIBELLES_CHAMPS_STRUCTURE } from './candidature-structure.tsx';

export interface PostesVue {
  attribues: string;
  occupes: string;
  ouverts: string;
}

export function TableauDecisions({ decisions }: { decisions: DecisionVue[] }) {
  if (decisions.length === 0) return <p>Le comité de sélection n’a pas encore statué.</p>;
  return (
    <Tableau
      titre="Décisions du comité de sélection"
      class="fr-table--multiline"
      colonnes={['Session', 'Nature', 'Avis', 'Postes', 'Montant', 'Commentaire']}
      lignes={decisions}
      ligne={(d) => (
        <tr>
          <th scope="row">{d.session}</th>
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
  );
}

/** The structure's application: status, decisions, and the edit form while nobody examined it. */
export function StructureCandidaturePage(props: {
  csrf: string;
  fiche: FicheVue;
  candidature: CandidatureVue | null;
  decisions: DecisionVue[];
  postes: PostesVue;
  modifiable: boolean;
  retirable: boolean;
  valeurs: Valeurs;
  erreurs: FieldErrors;
}) {
  const c = props.candidature;
  const f = props.fiche;
  return (
    <>
      <h1>Candidature de {f.nom}</h1>
      {c ? (
        <p>
          <Badge ton={c.statut.ton}>{c.statut.libelle}</Badge>
        </p>
      ) : (
        <p>
          Votre structure n’a pas de candidature en cours (retirée ou close). Pour candidater à nouveau,
          contactez la préfecture de votre département.
        </p>
      )}
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-6">
          <h2>La structure</h2>
          <Fiche
            lignes={[
              ['SIRET', f.siret],
              ['Type', f.type],
              ['Adresse', f.adresseComplete],
              ['Quartier prioritaire (QPV)', f.qpv],
              ['Zone de revitalisation rurale (ZRR)', f.zrr],
              ['Label France Services', f.franceServices],
              ['Réseau national', f.reseauNational],
            ]}
          />
        </div>
        {c ? (
          <div class="fr-col-12 fr-col-md-6">
            <h2>La demande</h2>
            <Fiche
              lignes={[
                ['Postes demandés', c.postesDemandes],
                ['Postes attribués', props.postes.attribues],
                ['Postes pourvus', props.postes.occupes],
                ['Début de mission souhaité', c.dateDebut],
                [
                  'Contact',
                  joindre([
                    joindre([c.contact, c.contactFonction === '—' ? '' : `(${c.contactFonction})`], ' '),
                    c.contactEmail,
                  ]) || '—',
                ],
                ['Déposée le', c.deposeeLe],
              ]}
            />
          </div>
        ) : null}
      </div>
      {c ? (
        <>
          <h2>Décisions</h2>
          <TableauDecisions decisions={props.decisions} />
        </>
      ) : null}
      {c && props.modifiable ? (
        <>
          <h2 class="fr-mt-4w">Modifier la candidature</h2>
          <p>
            Vous pouvez modifier votre candidature tant que la préfecture ou le comité ne l’a pas examinée.
          </p>
          <ErrorSummary errors={props.erreurs} labels={LIBELLES_CHAMPS_STRUCTURE} />
          <form method="post" action="/structure/candidature" novalidate>
            <CsrfField token={props.csrf} />
            <ChampsProjet v={props.valeurs} e={props.erreurs} />
            <button type="submit" class="fr-btn">
              Enregistrer les modifications
            </button>
          </form>
        </>
      ) : c ? (
        <div class="fr-callout fr-mt-4w">
          <h2 class="fr-callout__title">Candidature examinée</h2>
          <p class="fr-callout__text">
            Votre candidature a été examinée : elle ne peut plus être modifiée ici. Pour tout changement,
            contactez la préfecture de votre département.
          </p>
        </div>
      ) : null}
      {c && props.retirable ? (
        <>
          <h2 class="fr-mt-4w">Retirer la candidature</h2>
          <p>Si votre structure renonce à accueillir des conseillers numériques, retirez sa candidature.</p>
          <a class="fr-btn fr-btn--tertiary" href="/structure/candidature/retrait">
            Retirer la candidature
          </a>
        </>
      ) : null}
    </>
  );
}

export function RetraitStructurePage({ csrf, structure }: { csrf: string; structure: string }) {
  return (
    <div class="fr-grid-row">
      <div class="fr-col-12 fr-col-md-8">
        <h1>Retirer la candidature</h1>
        <div class="fr-alert fr-alert--warning fr-mb-3w">
          <h2 class="fr-alert__title">Ce retrait est définitif</h2>
          <p>
            La candidature de « {structure} » sera close (statut « retirée ») ; les postes éventuellement
            attribués seront rendus au programme.
          </p>
        </div>
        <form method="post" action="/structure/candidature/retrait">
          <CsrfField token={csrf} />
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li>
              <button type="submit" class="fr-btn">
                Retirer définitivement la candidature
              </button>
            </li>
            <li>
              <a class="fr-btn fr-btn--secondary" href="/structure/candidature">
                Annuler
              </a>
            </li>
          </ul>
        </form>
      </div>
    </div>
  );
}
