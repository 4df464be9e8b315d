import { Badge } from '../../../../ui/components/badge.tsx';
import { Pagination } from '../../../../ui/components/pagination.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import type { VueSignalement } from '../presenter.ts';

/** The queue of "Signaler une erreur" reports: open ones by default, closed ones one link away. */
export function FileSignalementsPage(props: {
  base: string;
  perimetre: string;
  statut: 'nouveau' | 'traite';
  signalements: VueSignalement[];
  total: number;
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  const ouverts = props.statut === 'nouveau';
  return (
    <div class="fr-container fr-my-6w">
      <h1>Signalements d’erreur sur les lieux</h1>
      <p>
        Les erreurs signalées par le public depuis la fiche d’un lieu ({props.perimetre}). Ouvrez un
        signalement pour le clore : « Corrigé » après avoir mis la fiche à jour, ou « Sans suite ». La
        personne qui l’a envoyé est prévenue par courriel si elle a laissé son adresse.
      </p>
      <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
        <li>
          <a
            class={`fr-btn${ouverts ? '' : ' fr-btn--secondary'}`}
            href={props.base}
            aria-current={ouverts ? 'page' : undefined}
          >
            À traiter
          </a>
        </li>
        <li>
          <a
            class={`fr-btn${ouverts ? ' fr-btn--secondary' : ''}`}
            href={`${props.base}?statut=traite`}
            aria-current={ouverts ? undefined : 'page'}
          >
            Clos
          </a>
        </li>
      </ul>
      <Tableau
        titre={`${ouverts ? 'Signalements à traiter' : 'Signalements clos'} (${props.total})`}
        colonnes={['Reçu le', 'Lieu', 'Message', 'Statut', 'Action']}
        lignes={props.signalements}
        vide={ouverts ? 'Aucun signalement à traiter.' : 'Aucun signalement clos.'}
        ligne={(s) => (
          <tr>
            <td>{s.recuLe}</td>
            <td>
              <a href={`/lieux/${s.lieu.id}`}>{s.lieu.nom}</a>
              <br />
              <span class="fr-text--xs">{s.lieu.commune}</span>
            </td>
            <td>{s.extrait}</td>
            <td>
              <Badge ton={s.statut.ton}>{s.statut.libelle}</Badge>
            </td>
            <td>
              <a class="fr-link" href={`${props.base}/${s.id}`}>
                {s.ouvert ? 'Traiter' : 'Voir'}
                <span class="fr-sr-only">
                  {' '}
                  le signalement sur {s.lieu.nom} reçu le {s.recuLe}
                </span>
              </a>
            </td>
          </tr>
        )}
      />
      <Pagination page={props.page} pages={props.pages} href={props.href} />
    </div>
  );
}
