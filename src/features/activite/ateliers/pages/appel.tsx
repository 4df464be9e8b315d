import { CsrfField, ErrorSummary, Input } from '../../../../ui/components/form.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';

export interface InscritAppel {
  id: string;
  nom: string;
  prenom: string;
  statut: string;
  present: boolean;
}

/** The on-screen roll call: who came, and how many came without registering. */
export function AppelPage(p: {
  atelierId: string;
  titre: string;
  quand: string;
  csrfToken: string;
  inscrits: InscritAppel[];
  erreurs: Record<string, string>;
  /** The collective activity already recorded (a new roll call only updates presence). */
  activiteId: string | null;
  ouvert: boolean;
}) {
  return (
    <>
      <h1>Appel : {p.titre}</h1>
      <p>{p.quand}</p>
      {p.activiteId ? (
        <div class="fr-alert fr-alert--info fr-mb-3w">
          <p>
            L’activité collective de cet atelier est déjà enregistrée dans votre activité. Un nouvel appel met
            seulement à jour les présences.
          </p>
        </div>
      ) : null}
      {!p.ouvert ? (
        <div class="fr-alert fr-alert--info fr-mb-3w">
          <p>L’appel s’ouvre au début de l’atelier.</p>
        </div>
      ) : null}
      <p>
        <a
          class="fr-link fr-icon-download-line fr-link--icon-left"
          href={`/activite/ateliers/${p.atelierId}/emargement.pdf`}
        >
          Feuille d’émargement à imprimer (PDF)
        </a>
      </p>
      <ErrorSummary errors={p.erreurs} />
      <form method="post" action={`/activite/ateliers/${p.atelierId}/appel`}>
        <CsrfField token={p.csrfToken} />
        <Tableau
          titre="Personnes inscrites"
          colonnes={['Présent (cochez)', 'Inscription']}
          lignes={p.inscrits}
          vide="Personne ne s’est inscrit."
          ligne={(i) => (
            <tr>
              <td>
                <div class="fr-checkbox-group fr-checkbox-group--sm">
                  <input
                    type="checkbox"
                    id={`present-${i.id}`}
                    name="presents"
                    value={i.id}
                    checked={i.present}
                  />
                  <label class="fr-label" for={`present-${i.id}`}>
                    {i.nom} {i.prenom}
                  </label>
                </div>
              </td>
              <td>{i.statut}</td>
            </tr>
          )}
        />
        <fieldset class="fr-fieldset" id="champ-sansInscription">
          <legend class="fr-fieldset__legend">Personnes venues sans inscription</legend>
          <div class="fr-fieldset__element">
            <Input
              name="sans_feminin"
              label="Femmes"
              inputMode="numeric"
              value="0"
              error={p.erreurs.sansInscription}
            />
          </div>
          <div class="fr-fieldset__element">
            <Input name="sans_masculin" label="Hommes" inputMode="numeric" value="0" />
          </div>
          <div class="fr-fieldset__element">
            <Input name="sans_non_communique" label="Genre non communiqué" inputMode="numeric" value="0" />
          </div>
        </fieldset>
        <button class="fr-btn" type="submit" disabled={!p.ouvert}>
          Enregistrer l’appel
        </button>
      </form>
    </>
  );
}
