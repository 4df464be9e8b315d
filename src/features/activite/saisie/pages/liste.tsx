import { Alerte } from '../../../../ui/components/alerte.tsx';
import { BarreFiltres } from '../../../../ui/components/barre-filtres.tsx';
import { Input, Select } from '../../../../ui/components/form.tsx';
import { Pagination } from '../../../../ui/components/pagination.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import { TYPES_ACTIVITE } from '../../domain/vocabulaire.ts';
import type { ActiviteListee } from '../presenter.ts';

export interface ListeActivitesProps {
  activites: ActiviteListee[];
  total: number;
  page: number;
  pages: number;
  filtres: { du: string; au: string; type: string };
  erreurs: Record<string, string>;
  filtre: boolean;
  lien: (page: number) => string;
  /** The activity just recorded (post/redirect/get). */
  enregistree: ActiviteListee | null;
}

const nombre = new Intl.NumberFormat('fr-FR');

export function ListeActivitesPage(p: ListeActivitesProps) {
  const derniere = p.activites[0];
  return (
    <>
      <h1>Mes activités</h1>
      {p.enregistree ? (
        <Alerte type="success" titre="Activité enregistrée" role="status" blocs>
          <p>
            {p.enregistree.type} du {p.enregistree.dateTexte} ({p.enregistree.duree}) :{' '}
            <a href={p.enregistree.href}>voir le détail</a>.
          </p>
        </Alerte>
      ) : null}
      <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        <li>
          <a class="fr-btn fr-icon-add-line" href="/activite/nouvelle">
            Enregistrer un accompagnement
          </a>
        </li>
        <li>
          <a class="fr-btn fr-btn--secondary fr-icon-team-line" href="/activite/collective/nouvelle">
            Enregistrer un atelier collectif
          </a>
        </li>
        {derniere && !p.filtre ? (
          <li>
            <a class="fr-btn fr-btn--tertiary fr-icon-refresh-line" href={derniere.repeterHref}>
              Répéter la dernière activité
            </a>
          </li>
        ) : null}
      </ul>
      <BarreFiltres
        action="/activite"
        legend="Filtrer mes activités"
        effacer={p.filtre ? '/activite' : undefined}
      >
        <ElementSection inline>
          <Input name="du" type="date" label="Du" value={p.filtres.du} error={p.erreurs.du} />
        </ElementSection>
        <ElementSection inline>
          <Input name="au" type="date" label="Au" value={p.filtres.au} error={p.erreurs.au} />
        </ElementSection>
        <ElementSection inline>
          <Select
            name="type"
            label="Type"
            placeholder="Tous les types"
            value={p.filtres.type}
            error={p.erreurs.type}
            options={TYPES_ACTIVITE.map((t) => ({ value: t.code, label: t.libelle }))}
          />
        </ElementSection>
      </BarreFiltres>
      <p>
        {p.total === 0
          ? 'Aucune activité.'
          : p.total === 1
            ? '1 activité'
            : `${nombre.format(p.total)} activités`}
        {p.filtre ? ' correspondant aux filtres' : ''}.
      </p>
      <Tableau
        titre="Mes activités, les plus récentes d’abord"
        colonnes={['Date', 'Type', 'Durée', 'Personnes', 'Thématiques', 'Actions']}
        lignes={p.activites}
        vide="Aucune activité enregistrée pour l’instant."
        ligne={(a) => (
          <tr>
            <td>
              <a href={a.href}>{a.dateTexte}</a>
            </td>
            <td>
              {a.type}
              {a.titre ? <span class="fr-hint-text">{a.titre}</span> : null}
            </td>
            <td>{a.duree}</td>
            <td>{a.participants}</td>
            <td>{a.thematiques.join(', ')}</td>
            <td>
              <a class="fr-link fr-text--sm" href={a.repeterHref}>
                Répéter<span class="fr-sr-only"> l’activité du {a.dateTexte}</span>
              </a>
            </td>
          </tr>
        )}
      />
      <Pagination page={p.page} pages={p.pages} href={p.lien} />
    </>
  );
}
