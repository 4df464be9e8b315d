import { CsrfField } from '../../../../ui/components/form.tsx';
import { ElementSection, SectionFormulaire } from '../../../../ui/components/section-formulaire.tsx';

export interface PersonnePresentee {
  id: string;
  nom: string;
  detail: string;
}

/** Pairs of the adviser's beneficiaries that look like the same person, each with a merge form. */
export function DoublonsPage(p: { paires: [PersonnePresentee, PersonnePresentee][]; csrfToken: string }) {
  return (
    <>
      <h1>Personnes en double</h1>
      <p>
        Ces personnes de votre suivi ont les mêmes prénom et nom (et la même année de naissance quand elle est
        connue). Si c’est la même personne, choisissez la fiche à garder : ses accompagnements rassembleront
        ceux des deux fiches, et l’autre fiche sera supprimée de votre suivi.
      </p>
      {p.paires.length === 0 ? <p>Aucune personne en double dans votre suivi.</p> : null}
      {p.paires.map(([a, b], i) => (
        <form method="post" action={`/activite/beneficiaires/${a.id}/fusionner`} class="fr-mb-4w">
          <CsrfField token={p.csrfToken} />
          <input type="hidden" name="doublon" value={b.id} />
          <SectionFormulaire id={`paire-${i}`} legend={`${a.nom} : quelle fiche garder ?`} regular>
            {[a, b].map((x, j) => (
              <ElementSection>
                <div class="fr-radio-group">
                  <input type="radio" id={`paire-${i}-${j}`} name="garder" value={x.id} checked={j === 0} />
                  <label class="fr-label" for={`paire-${i}-${j}`}>
                    {x.nom}
                    <span class="fr-hint-text">{x.detail}</span>
                  </label>
                </div>
              </ElementSection>
            ))}
            <ElementSection>
              <button type="submit" class="fr-btn fr-btn--secondary">
                Fusionner<span class="fr-sr-only"> les deux fiches de {a.nom}</span>
              </button>
            </ElementSection>
          </SectionFormulaire>
        </form>
      ))}
    </>
  );
}
