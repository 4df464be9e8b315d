import { fieldId } from '../../../../ui/components/form.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';
import { Tableau } from '../../../../ui/components/tableau.tsx';
import { nomChampHoraire, PARTIES } from '../../domain/horaires-editeur.ts';
import { JOURS } from '../../domain/horaires-texte.ts';
import type { ValeursLieu } from '../formulaire.ts';

/**
 * Opening hours in the management form: a weekly table (morning and afternoon per day) or the raw OSM
 * string. Without JavaScript both are shown and the radio button says which one counts.
 */
export function EditeurHoraires({
  valeurs,
  erreurs,
}: {
  valeurs: ValeursLieu;
  erreurs: Record<string, string>;
}) {
  const erreursTableau = Object.entries(erreurs).filter(([k]) => k.startsWith('horaires-'));
  const idTexte = fieldId('horaires_texte');
  return (
    <fieldset class="fr-fieldset" id="horaires" aria-labelledby="horaires-legende">
      <legend class="fr-fieldset__legend" id="horaires-legende">
        Horaires d’ouverture
      </legend>
      <ElementSection>
        <fieldset class="fr-fieldset fr-mb-0" id="horaires-mode">
          <legend class="fr-fieldset__legend fr-text--regular">Comment saisir les horaires ?</legend>
          {(
            [
              ['tableau', 'Dans le tableau de la semaine (matin et après-midi)'],
              ['texte', 'Au format OpenStreetMap (horaires particuliers : nuit, saisons, sur rendez-vous…)'],
            ] as const
          ).map(([mode, libelle]) => (
            <ElementSection inline>
              <div class="fr-radio-group">
                <input
                  type="radio"
                  id={`horaires-mode-${mode}`}
                  name="horaires_mode"
                  value={mode}
                  checked={valeurs.horairesMode === mode}
                />
                <label class="fr-label" for={`horaires-mode-${mode}`}>
                  {libelle}
                </label>
              </div>
            </ElementSection>
          ))}
        </fieldset>
      </ElementSection>

      <div class="fr-fieldset__element" data-horaires-mode="tableau">
        {erreursTableau.length ? (
          <div class="fr-messages-group" id="horaires-erreurs">
            {erreursTableau.map(([, m]) => (
              <p class="fr-message fr-message--error">{m}</p>
            ))}
          </div>
        ) : null}
        <Tableau
          titre="Horaires de la semaine (laissez vide un jour fermé)"
          titreMasque
          colonnes={[
            'Jour',
            'Matin : ouverture',
            'Matin : fermeture',
            'Après-midi : ouverture',
            'Après-midi : fermeture',
          ]}
          lignes={JOURS}
          ligne={(jour, i) => (
            <tr>
              <th scope="row">{jour}</th>
              {PARTIES.flatMap((partie) =>
                (['debut', 'fin'] as const).map((borne) => {
                  const nom = nomChampHoraire(i, partie, borne);
                  const libelle = `${jour}, ${partie === 'matin' ? 'matin' : 'après-midi'}, ${borne === 'debut' ? 'ouverture' : 'fermeture'}`;
                  return (
                    <td>
                      <label class="fr-sr-only" for={fieldId(nom)}>
                        {libelle}
                      </label>
                      <input
                        class={`fr-input${erreurs[nom] ? ' fr-input--error' : ''}`}
                        type="time"
                        id={fieldId(nom)}
                        name={nom}
                        value={valeurs.semaine.jours[i]![partie][borne]}
                        aria-invalid={erreurs[nom] ? 'true' : undefined}
                        aria-describedby={erreurs[nom] ? 'horaires-erreurs' : undefined}
                      />
                    </td>
                  );
                }),
              )}
            </tr>
          )}
        />
        <div class="fr-checkbox-group">
          <input
            type="checkbox"
            id="champ-horaires-feries"
            name="horaires_feries"
            value="1"
            checked={valeurs.semaine.fermeJoursFeries}
          />
          <label class="fr-label" for="champ-horaires-feries">
            Fermé les jours fériés
          </label>
        </div>
      </div>

      <div class="fr-fieldset__element" data-horaires-mode="texte">
        <div class={`fr-input-group${erreurs.horaires_texte ? ' fr-input-group--error' : ''}`}>
          <label class="fr-label" for={idTexte}>
            Horaires au format OpenStreetMap
            <span class="fr-hint-text">
              Par exemple : Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off (Mo = lundi … Su = dimanche,
              PH = jours fériés)
            </span>
          </label>
          <input
            class={`fr-input${erreurs.horaires_texte ? ' fr-input--error' : ''}`}
            id={idTexte}
            name="horaires_texte"
            type="text"
            value={valeurs.horairesTexte}
            spellcheck={false}
            aria-invalid={erreurs.horaires_texte ? 'true' : undefined}
            aria-describedby={erreurs.horaires_texte ? `${idTexte}-erreur` : undefined}
          />
          {erreurs.horaires_texte ? (
            <p class="fr-error-text" id={`${idTexte}-erreur`}>
              {erreurs.horaires_texte}
            </p>
          ) : null}
        </div>
      </div>
    </fieldset>
  );
}
