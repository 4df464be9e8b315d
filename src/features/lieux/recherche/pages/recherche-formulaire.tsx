import { CommuneField } from '../../../../ui/components/commune-field.tsx';
import { ElementSection, SectionFormulaire } from '../../../../ui/components/section-formulaire.tsx';
import type { ValeursRecherche } from '../criteres-page.ts';
import { FILTRES, RAYONS_KM } from '../filtres.ts';

/** The search form: where (text, or the browser's position), radius, then the standard's filters. */
export function FormulaireRecherche({ valeurs }: { valeurs: ValeursRecherche }) {
  const nbFiltres = (cle: string) => valeurs.filtres[cle as keyof typeof valeurs.filtres]?.length ?? 0;
  return (
    <form method="get" action="/lieux" id="recherche-lieux" class="maillage-recherche-lieux">
      <SectionFormulaire legend="Où cherchez-vous ?">
        <ElementSection>
          <CommuneField
            name="q"
            codeName="commune"
            label="Adresse, commune, code postal ou nom du lieu"
            hint="Par exemple : 20 avenue de Ségur Paris, Laon, 02000 ou Médiathèque"
            value={valeurs.q}
            code={valeurs.commune}
          />
          {valeurs.position ? (
            <>
              <input type="hidden" name="lat" value={String(valeurs.position.latitude)} />
              <input type="hidden" name="lon" value={String(valeurs.position.longitude)} />
            </>
          ) : null}
          <p id="position-etat" class="fr-text--sm fr-mb-1w" aria-live="polite">
            {valeurs.position
              ? 'Recherche autour de votre position. Saisissez une commune pour chercher ailleurs.'
              : ''}
          </p>
          <button
            type="button"
            class="fr-btn fr-btn--secondary fr-btn--sm fr-icon-map-pin-2-line fr-btn--icon-left"
            id="autour-de-moi"
            hidden
          >
            Autour de moi
          </button>
        </ElementSection>
        <ElementSection>
          <div class="fr-select-group">
            <label class="fr-label" for="champ-rayon">
              Distance maximale
            </label>
            <select class="fr-select" id="champ-rayon" name="rayon">
              {RAYONS_KM.map((r) => (
                <option value={String(r)} selected={r === valeurs.rayon}>
                  {r} km
                </option>
              ))}
            </select>
          </div>
        </ElementSection>
      </SectionFormulaire>

      <fieldset class="fr-fieldset fr-mb-1w">
        <legend class="fr-fieldset__legend fr-text--regular">Horaires</legend>
        <ElementSection>
          <div class="fr-checkbox-group">
            <input type="checkbox" id="champ-ouvert" name="ouvert" value="1" checked={valeurs.ouvert} />
            <label class="fr-label" for="champ-ouvert">
              Ouvert maintenant
            </label>
          </div>
        </ElementSection>
        <ElementSection>
          <div class="fr-checkbox-group">
            <input type="checkbox" id="champ-samedi" name="samedi" value="1" checked={valeurs.samedi} />
            <label class="fr-label" for="champ-samedi">
              Ouvert le samedi
            </label>
          </div>
        </ElementSection>
      </fieldset>

      {FILTRES.map((f) => (
        <details class="maillage-filtre" open={nbFiltres(f.cle) > 0 || f.cle === 'services'}>
          <summary>
            {f.libelle}
            {nbFiltres(f.cle) ? ` (${nbFiltres(f.cle)} choisi${nbFiltres(f.cle) > 1 ? 's' : ''})` : ''}
          </summary>
          <fieldset class="fr-fieldset fr-mb-0">
            <legend class="fr-sr-only">{f.libelle}</legend>
            {f.valeurs.map((v, i) => {
              const id = `filtre-${f.cle}-${i}`;
              return (
                <div class="fr-fieldset__element fr-mb-1v">
                  <div class="fr-checkbox-group fr-checkbox-group--sm">
                    <input
                      type="checkbox"
                      id={id}
                      name={f.cle}
                      value={v}
                      checked={(valeurs.filtres[f.cle] ?? []).includes(v)}
                    />
                    <label class="fr-label" for={id}>
                      {v}
                    </label>
                  </div>
                </div>
              );
            })}
          </fieldset>
        </details>
      ))}
      {valeurs.vue === 'carte' ? <input type="hidden" name="vue" value="carte" /> : null}
      <ul class="fr-btns-group fr-btns-group--inline fr-mt-2w">
        <li>
          <button type="submit" class="fr-btn">
            Rechercher
          </button>
        </li>
        <li>
          <a class="fr-btn fr-btn--tertiary" href="/lieux">
            Effacer
          </a>
        </li>
      </ul>
    </form>
  );
}
