import { Badge, Tag, Tags, type Ton } from '../../../../ui/components/badge.tsx';
import type { OuvertureAffichee } from '../../domain/horaires-texte.ts';
import type { LieuListe } from '../presenter.ts';

const BADGE: Record<OuvertureAffichee['statut'], Ton> = {
  ouvert: 'success',
  ferme: 'error',
  incertain: 'info',
  non_renseigne: 'neutre',
  illisible: 'warning',
};

export function BadgeOuverture({ ouverture }: { ouverture: OuvertureAffichee }) {
  return (
    <p class="fr-mb-1v">
      <Badge ton={BADGE[ouverture.statut]}>{ouverture.libelle}</Badge>
      {ouverture.detail ? <span class="fr-text--sm fr-ml-1w">{ouverture.detail}</span> : null}
      {ouverture.commentaire ? <span class="fr-text--sm fr-ml-1w">({ouverture.commentaire})</span> : null}
    </p>
  );
}

/** One result: name (link to the detail), distance, address, state now, services. */
function Resultat({ lieu }: { lieu: LieuListe }) {
  return (
    <li class="maillage-resultat">
      <h3 class="fr-h6 fr-mb-1v">
        <a href={`/lieux/${lieu.id}`}>{lieu.nom}</a>
      </h3>
      {lieu.distance ? <p class="fr-text--bold fr-mb-1v maillage-distance">{lieu.distance}</p> : null}
      <p class="fr-mb-1v">
        {lieu.adresse}, {lieu.commune}
      </p>
      <BadgeOuverture ouverture={lieu.ouverture} />
      {lieu.telephone ? (
        <p class="fr-text--sm fr-mb-1v">
          Téléphone : <a href={`tel:${lieu.telephone}`}>{lieu.telephoneAffiche}</a>
        </p>
      ) : null}
      {lieu.services.length ? (
        <Tags label="Services" class="fr-mt-1w">
          {[
            ...lieu.services.map((s) => <Tag petit>{s}</Tag>),
            ...lieu.frais.map((s) => (
              <Tag petit couleur="blue-ecume">
                {s}
              </Tag>
            )),
          ]}
        </Tags>
      ) : null}
    </li>
  );
}

export function ListeResultats({ lieux }: { lieux: LieuListe[] }) {
  if (lieux.length === 0) return null;
  return (
    <ol class="maillage-resultats" aria-label="Lieux trouvés">
      {lieux.map((l) => (
        <Resultat lieu={l} />
      ))}
    </ol>
  );
}
