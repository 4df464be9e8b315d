import { BarreFiltres } from '../../../../ui/components/barre-filtres.tsx';
import { Input } from '../../../../ui/components/form.tsx';
import { Pagination } from '../../../../ui/components/pagination.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';

export interface LigneListe {
  id: string;
  nom: string;
  anneeNaissance: string;
  commune: string;
  dernierAccompagnement: string;
  accompagnements: number;
}

export interface ListeBeneficiairesProps {
  texte: string;
  lignes: LigneListe[];
  total: number;
  page: number;
  pages: number;
  lien: (page: number) => string;
}

/** The adviser's own beneficiaries: name search (GET form), one page of rows, links to each one. */
export function ListeBeneficiairesPage(p: ListeBeneficiairesProps) {
  const compte =
    p.total === 0
      ? 'Aucune personne'
      : p.total === 1
        ? '1 personne'
        : `${p.total.toLocaleString('fr-FR')} personnes`;
  return (
    <>
      <h1>Mes bénéficiaires</h1>
      <p>
        Les personnes que vous accompagnez, enregistrées avec leur nom. Les personnes accompagnées de façon
        anonyme n’y figurent pas. Vous seul les voyez.
      </p>
      <BarreFiltres
        action="/activite/beneficiaires"
        legend="Rechercher une personne"
        bouton="Rechercher"
        effacer={p.texte ? '/activite/beneficiaires' : undefined}
        actions={
          <li>
            <a class="fr-btn fr-btn--tertiary" href="/activite/beneficiaires/doublons">
              Personnes en double
            </a>
          </li>
        }
      >
        <ElementSection>
          <Input name="q" label="Nom ou prénom" value={p.texte} maxLength={100} autocomplete="off" />
        </ElementSection>
      </BarreFiltres>
      <p role="status">
        {compte}
        {p.texte ? ` pour « ${p.texte} »` : ''}
      </p>
      <Tableau
        titre="Mes bénéficiaires"
        titreMasque
        colonnes={['Nom', 'Année de naissance', 'Commune', 'Dernier accompagnement', 'Accompagnements']}
        lignes={p.lignes}
        vide={
          p.texte ? 'Aucune personne ne correspond à cette recherche.' : 'Vous ne suivez encore personne.'
        }
        ligne={(l) => (
          <tr>
            <th scope="row">
              <a href={`/activite/beneficiaires/${l.id}`}>{l.nom}</a>
            </th>
            <td>{l.anneeNaissance}</td>
            <td>{l.commune}</td>
            <td>{l.dernierAccompagnement}</td>
            <td>{l.accompagnements}</td>
          </tr>
        )}
      />
      <Pagination page={p.page} pages={p.pages} href={p.lien} />
    </>
  );
}
