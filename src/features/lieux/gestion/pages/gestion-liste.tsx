import { Badge } from '../../../../ui/components/badge.tsx';
import { CsrfField } from '../../../../ui/components/form.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';

export interface LieuGere {
  id: string;
  nom: string;
  adresse: string;
  dateMaj: string;
  dateMajTexte: string;
  aActualiser: boolean;
  moisSansMiseAJour: number;
  sansPosition: boolean;
  /** Placed at its commune's centre (the address could not be geocoded). */
  positionApproximative?: boolean;
  peutModifier: boolean;
  peutConfirmer: boolean;
}

export interface ListeLieuxProps {
  structureNom: string;
  lieux: LieuGere[];
  peutCreer: boolean;
  csrfToken: string;
}

/** The places of the active structure, the stale ones flagged "à actualiser". */
export function ListeLieuxGeresPage(p: ListeLieuxProps) {
  const perimes = p.lieux.filter((l) => l.aActualiser).length;
  return (
    <>
      <h1>Nos lieux de médiation numérique</h1>
      <p>
        Les lieux gérés par {p.structureNom}. Ils sont publiés dans la recherche publique, sur la carte et
        dans les données ouvertes : gardez-les à jour.
      </p>
      {perimes ? (
        <div class="fr-alert fr-alert--warning fr-mb-3w">
          <h2 class="fr-alert__title">
            {perimes === 1
              ? '1 lieu n’a pas été mis à jour depuis plus de 6 mois'
              : `${perimes} lieux n’ont pas été mis à jour depuis plus de 6 mois`}
          </h2>
          <p>Vérifiez ses informations, corrigez-les ou confirmez qu’elles sont à jour.</p>
        </div>
      ) : null}
      {p.peutCreer ? (
        <p>
          <a class="fr-btn fr-icon-add-line fr-btn--icon-left" href="/structure/lieux/nouveau">
            Ajouter un lieu
          </a>
        </p>
      ) : null}
      {p.lieux.length === 0 ? (
        <p>Votre structure ne gère encore aucun lieu.</p>
      ) : (
        <Tableau
          titre={`Lieux gérés par ${p.structureNom}`}
          titreMasque
          colonnes={['Lieu', 'Dernière mise à jour', 'Actions']}
          lignes={p.lieux}
          ligne={(l) => (
            <tr>
              <td>
                <a href={`/lieux/${l.id}`}>{l.nom}</a>
                <br />
                <span class="fr-text--sm">{l.adresse}</span>
                {l.sansPosition ? (
                  <>
                    <br />
                    <Badge ton="warning">Sans position GPS</Badge>
                  </>
                ) : l.positionApproximative ? (
                  <>
                    <br />
                    <Badge ton="info">Position approximative (centre de la commune)</Badge>
                  </>
                ) : null}
              </td>
              <td>
                {l.dateMajTexte}
                {l.aActualiser ? (
                  <>
                    <br />
                    <Badge ton="warning" icone>
                      À actualiser
                    </Badge>
                    <span class="fr-sr-only"> : </span>
                    <span class="fr-text--xs"> depuis {l.moisSansMiseAJour} mois</span>
                  </>
                ) : null}
              </td>
              <td>
                <ul class="fr-btns-group fr-btns-group--sm fr-btns-group--inline-md">
                  {l.peutModifier ? (
                    <li>
                      <a
                        class="fr-btn fr-btn--sm fr-btn--secondary"
                        href={`/structure/lieux/${l.id}/modifier`}
                      >
                        Modifier<span class="fr-sr-only"> {l.nom}</span>
                      </a>
                    </li>
                  ) : null}
                  {l.peutConfirmer ? (
                    <li>
                      <form method="post" action={`/structure/lieux/${l.id}/confirmer`}>
                        <CsrfField token={p.csrfToken} />
                        <button type="submit" class="fr-btn fr-btn--sm fr-btn--tertiary">
                          Confirmer que tout est à jour<span class="fr-sr-only"> : {l.nom}</span>
                        </button>
                      </form>
                    </li>
                  ) : null}
                </ul>
              </td>
            </tr>
          )}
        />
      )}
    </>
  );
}
