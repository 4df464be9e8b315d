import { CommuneField } from '../../../../ui/components/commune-field.tsx';
import { Input, Select } from '../../../../ui/components/form.tsx';
import { Pagination } from '../../../../ui/components/pagination.tsx';
import { THEMATIQUES_NUMERIQUES } from '../../domain/vocabulaire.ts';
import type { Lieu, ValeursAgenda } from '../criteres.ts';
import { RAYONS } from '../domain/distance.ts';

export interface AtelierAgenda {
  id: string;
  titre: string;
  quand: string;
  lieu: string;
  distance: string | null;
  places: string;
  niveau: string;
  thematiques: string;
}

/** The public agenda: workshops near a commune or a position, by date. Works without JavaScript. */
export function AgendaPage(p: {
  valeurs: ValeursAgenda;
  lieu: Lieu;
  titreResultats: string;
  resultats: AtelierAgenda[];
  page: number;
  pages: number;
  lien: (page: number) => string;
}) {
  const v = p.valeurs;
  const erreur = p.lieu.type === 'erreur' ? p.lieu : null;
  return (
    <>
      <h1>Ateliers numériques près de chez vous</h1>
      <p>
        Des ateliers collectifs, souvent gratuits, pour apprendre à utiliser un ordinateur, un téléphone,
        internet ou les démarches en ligne. Inscrivez-vous sans créer de compte.
      </p>
      <form method="get" action="/ateliers" class="fr-mb-4w">
        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-md-6">
            <CommuneField
              name="commune"
              label="Commune"
              value={v.commune}
              code={v.communeCode}
              error={erreur?.message}
              candidates={erreur?.candidats}
            />
          </div>
          <div class="fr-col-12 fr-col-md-6">
            <Select
              name="rayon"
              label="Distance"
              options={RAYONS.map((r) => ({ value: String(r), label: `À moins de ${r} km` }))}
              value={String(v.rayon)}
            />
          </div>
          <div class="fr-col-12 fr-col-md-6">
            <Select
              name="thematique"
              label="Thématique"
              placeholder="Toutes les thématiques"
              options={THEMATIQUES_NUMERIQUES.map((t) => ({ value: t.code, label: t.libelle }))}
              value={v.thematique}
            />
          </div>
          <div class="fr-col-6 fr-col-md-3">
            <Input name="du" type="date" label="À partir du" hint="Format : jj/mm/aaaa" value={v.du} />
          </div>
          <div class="fr-col-6 fr-col-md-3">
            <Input name="au" type="date" label="Jusqu’au" hint="Format : jj/mm/aaaa" value={v.au} />
          </div>
        </div>
        <details class="fr-mb-2w">
          <summary>Autour de moi (position)</summary>
          <div data-position="" class="fr-grid-row fr-grid-row--gutters">
            <div class="fr-col-6">
              <Input
                name="latitude"
                label="Latitude"
                hint="Par exemple 49.564"
                value={v.latitude}
                inputMode="text"
              />
            </div>
            <div class="fr-col-6">
              <Input
                name="longitude"
                label="Longitude"
                hint="Par exemple 3.620"
                value={v.longitude}
                inputMode="text"
              />
            </div>
          </div>
        </details>
        <button class="fr-btn fr-icon-search-line fr-btn--icon-left" type="submit">
          Rechercher des ateliers
        </button>
      </form>
      <h2 id="resultats">{p.titreResultats}</h2>
      {p.resultats.length === 0 ? (
        <p>Aucun atelier ne correspond. Élargissez la distance ou les dates.</p>
      ) : (
        <ul class="fr-raw-list">
          {p.resultats.map((a) => (
            <li class="fr-mb-3w">
              <div class="fr-card fr-enlarge-link fr-card--horizontal-tier">
                <div class="fr-card__body">
                  <div class="fr-card__content">
                    <h3 class="fr-card__title">
                      <a href={`/ateliers/${a.id}`}>{a.titre}</a>
                    </h3>
                    <p class="fr-card__desc">
                      {a.lieu}
                      {a.distance ? ` — ${a.distance}` : ''}
                    </p>
                    <div class="fr-card__start">
                      <p class="fr-card__detail fr-icon-calendar-line">{a.quand}</p>
                    </div>
                    <div class="fr-card__end">
                      <p class="fr-card__detail">
                        {a.places} · {a.niveau} · {a.thematiques}
                      </p>
                    </div>
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={p.page} pages={p.pages} href={p.lien} />
    </>
  );
}
