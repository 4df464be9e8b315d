import { Badge } from '../../../../ui/components/badge.tsx';
import { BoutonAction } from '../../../../ui/components/bouton-action.tsx';
import type { CommuneCandidate } from '../../../../ui/components/commune-field.tsx';
import { Fiche } from '../../../../ui/components/fiche.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, Input } from '../../../../ui/components/form.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { Valeurs } from '../../pages/champs-candidature-structure.tsx';
import type { CandidatVue, PropositionVue, RecrutementCandidatVue } from '../presenter.ts';
import { ChampsProfil, LIBELLES_CHAMPS_CANDIDAT } from './champs-candidat.tsx';

/** Her recruitment, once a structure recorded it: what happens next, then that she is recruited. */
function EtatRecrutement({ r }: { r: RecrutementCandidatVue }) {
  if (r.recrutee) {
    return (
      <div class="fr-callout fr-mb-3w">
        <h2 class="fr-callout__title">Vous êtes recruté·e</h2>
        <p class="fr-callout__text">
          « {r.structure} » vous a recruté·e comme conseiller numérique
          {r.debut ? `, à partir du ${r.debut}` : ''}, et l’ANCT a validé ce recrutement. Votre candidature
          n’est plus proposée aux structures.
        </p>
        <a class="fr-btn" href="/conseiller/recrutement">
          Mon espace de conseiller
        </a>
      </div>
    );
  }
  if (r.etape === 'a_confirmer') {
    return (
      <div class="fr-alert fr-alert--info fr-mb-3w">
        <h2 class="fr-alert__title">Confirmez votre recrutement</h2>
        <p>
          « {r.structure} » a enregistré votre recrutement. Confirmez-le (ou déclinez-le) depuis{' '}
          <a href="/candidat/propositions">vos propositions</a> : l’ANCT le validera ensuite.
        </p>
      </div>
    );
  }
  return (
    <div class="fr-alert fr-alert--info fr-mb-3w">
      <h2 class="fr-alert__title">Recrutement en cours de validation</h2>
      <p>
        Votre recrutement par « {r.structure} » attend la validation de l’ANCT. Vous recevrez un courriel.
      </p>
    </div>
  );
}

/** The candidate's own application: summary, availability, update form, withdrawal. */
export function CandidatPage(props: {
  csrf: string;
  vue: CandidatVue;
  recrutement: RecrutementCandidatVue | null;
  propositionsOuvertes: number;
  valeurs: Valeurs;
  situations: string[];
  erreurs: FieldErrors;
  communes?: CommuneCandidate[] | undefined;
}) {
  const v = props.vue;
  return (
    <>
      <h1>Ma candidature de conseiller numérique</h1>
      <p>
        {props.recrutement?.recrutee ? (
          <Badge ton="success">Recruté·e</Badge>
        ) : props.recrutement ? (
          <Badge ton="warning">Recrutement en cours</Badge>
        ) : (
          <Badge ton={v.statut.ton}>{v.statut.libelle}</Badge>
        )}
      </p>
      {props.recrutement ? <EtatRecrutement r={props.recrutement} /> : null}
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-6">
          <h2>Ce que voient les structures</h2>
          <Fiche
            lignes={[
              ['Commune', v.commune],
              ['Mobilité', v.mobilite],
              ['Disponible à partir du', v.disponibilite],
              ['Situation', v.situations],
              ['Diplôme de médiation numérique', v.diplome],
              ['Pix', v.pix],
            ]}
          />
          <p class="fr-text--sm">
            Déposée le {v.deposeeLe}, mise à jour le {v.modifieeLe}.
          </p>
        </div>
        <div class="fr-col-12 fr-col-md-6">
          <h2>Propositions</h2>
          {props.recrutement ? null : (
            <p>
              {props.propositionsOuvertes === 0
                ? 'Aucune proposition en cours pour le moment.'
                : `${props.propositionsOuvertes} proposition${props.propositionsOuvertes > 1 ? 's' : ''} en cours.`}
            </p>
          )}
          <p>
            <a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="/candidat/propositions">
              Voir mes propositions
            </a>
          </p>
          <h2>Disponibilité</h2>
          {props.recrutement ? (
            <p>
              {props.recrutement.recrutee
                ? `Recruté·e par « ${props.recrutement.structure} » : votre candidature n’est plus proposée aux structures.`
                : `Recrutement par « ${props.recrutement.structure} » en cours : votre candidature n’est plus proposée aux autres structures.`}
            </p>
          ) : v.code === 'actif' ? (
            <>
              <p>
                Votre candidature est proposée aux structures. Vous pouvez la suspendre pendant une absence.
              </p>
              <BoutonAction
                action="/candidat/disponibilite"
                csrf={props.csrf}
                libelle="Suspendre ma candidature"
                secondaire
                champs={{ statut: 'en_pause' }}
              />
            </>
          ) : (
            <>
              <p>Votre candidature est suspendue : elle n’est plus proposée aux structures.</p>
              <BoutonAction
                action="/candidat/disponibilite"
                csrf={props.csrf}
                libelle="Reprendre ma candidature"
                champs={{ statut: 'actif' }}
              />
            </>
          )}
        </div>
      </div>
      <h2 class="fr-mt-4w">Mettre à jour ma candidature</h2>
      <ErrorSummary errors={props.erreurs} labels={LIBELLES_CHAMPS_CANDIDAT} />
      <form method="post" action="/candidat/candidature" novalidate>
        <CsrfField token={props.csrf} />
        <fieldset class="fr-fieldset" aria-labelledby="legende-contact-candidat">
          <legend class="fr-fieldset__legend" id="legende-contact-candidat">
            Contact
          </legend>
          <div class="fr-fieldset__element">
            <Input
              name="telephone"
              label="Téléphone (facultatif)"
              hint="Par exemple : 06 12 34 56 78."
              type="tel"
              value={props.valeurs.telephone}
              error={props.erreurs.telephone}
              autocomplete="tel"
              maxLength={20}
            />
          </div>
        </fieldset>
        <ChampsProfil
          v={props.valeurs}
          situations={props.situations}
          e={props.erreurs}
          communes={props.communes}
        />
        <button type="submit" class="fr-btn">
          Enregistrer les modifications
        </button>
      </form>
      <h2 class="fr-mt-6w">Retirer ma candidature</h2>
      <p>
        Si vous ne souhaitez plus devenir conseiller numérique, retirez votre candidature : vos données
        personnelles sont alors effacées.
      </p>
      <a class="fr-btn fr-btn--tertiary" href="/candidat/retrait">
        Retirer ma candidature
      </a>
    </>
  );
}

/** Confirmation of the withdrawal, with what is erased and what is kept. */
export function RetraitCandidatPage({ csrf }: { csrf: string }) {
  return (
    <div class="fr-grid-row">
      <div class="fr-col-12 fr-col-md-8">
        <h1>Retirer ma candidature</h1>
        <div class="fr-alert fr-alert--warning fr-mb-3w">
          <h2 class="fr-alert__title">Ce retrait est définitif</h2>
          <p>Pour candidater à nouveau, il faudra déposer une nouvelle candidature.</p>
        </div>
        <h2>Ce qui est effacé immédiatement</h2>
        <ul>
          <li>votre identité, votre adresse électronique et votre téléphone ;</li>
          <li>votre commune et votre localisation précise ;</li>
          <li>votre expérience, votre motivation, le nom de votre diplôme et votre niveau Pix ;</li>
          <li>votre compte, si vous n’avez pas d’autre rôle sur la plateforme.</li>
        </ul>
        <h2>Ce qui est conservé, sans vous identifier</h2>
        <p>
          Votre département, vos situations et les dates de la candidature restent, anonymes, dans les
          statistiques du programme. Les structures à qui vous aviez été proposé·e voient la proposition comme
          « candidat non disponible ».
        </p>
        <form method="post" action="/candidat/retrait">
          <CsrfField token={csrf} />
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li>
              <button type="submit" class="fr-btn">
                Retirer définitivement ma candidature
              </button>
            </li>
            <li>
              <a class="fr-btn fr-btn--secondary" href="/candidat/candidature">
                Annuler
              </a>
            </li>
          </ul>
        </form>
      </div>
    </div>
  );
}

export function PropositionsCandidatPage({
  csrf,
  propositions,
}: {
  csrf: string;
  propositions: PropositionVue[];
}) {
  return (
    <>
      <h1>Mes propositions</h1>
      <p>
        Les structures proches de chez vous, dans votre rayon de mobilité, vous sont proposées. Une structure
        intéressée vous contactera. Vous pouvez décliner une proposition qui ne vous convient pas. Quand une
        structure enregistre votre recrutement, confirmez-le ici : l’ANCT le validera ensuite.
      </p>
      {propositions.length === 0 ? (
        <p>Aucune structure ne vous a encore été proposée.</p>
      ) : (
        <Tableau
          titre="Structures auxquelles votre candidature est proposée"
          class="fr-table--multiline"
          colonnes={['Structure', 'Commune', 'Distance', 'État', 'Action']}
          lignes={propositions}
          ligne={(p) => (
            <tr>
              <th scope="row">
                {p.structure}
                <br />
                <span class="fr-text--xs">{p.type}</span>
              </th>
              <td>{p.commune}</td>
              <td>{p.distance}</td>
              <td>
                <Badge ton={p.statut.ton}>{p.statut.libelle}</Badge>
              </td>
              <td>
                {p.aConfirmer ? (
                  <ul class="fr-btns-group fr-btns-group--sm fr-btns-group--inline-sm">
                    <li>
                      <BoutonAction
                        action={`/candidat/propositions/${p.id}/confirmation`}
                        csrf={csrf}
                        libelle="Confirmer mon recrutement"
                        champs={{ reponse: 'confirmer' }}
                        precision={`par ${p.structure}`}
                      />
                    </li>
                    <li>
                      <BoutonAction
                        action={`/candidat/propositions/${p.id}/confirmation`}
                        csrf={csrf}
                        libelle="Décliner"
                        secondaire
                        champs={{ reponse: 'decliner' }}
                        precision={`le recrutement par ${p.structure}`}
                      />
                    </li>
                  </ul>
                ) : p.declinable ? (
                  <form method="post" action={`/candidat/propositions/${p.id}/decliner`} class="fr-mb-0">
                    <CsrfField token={csrf} />
                    <button type="submit" class="fr-btn fr-btn--sm fr-btn--secondary">
                      Décliner<span class="fr-sr-only"> la proposition de {p.structure}</span>
                    </button>
                  </form>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          )}
        />
      )}
    </>
  );
}
