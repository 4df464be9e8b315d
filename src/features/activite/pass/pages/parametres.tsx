import { Radios } from '../../../../ui/components/choix.tsx';
import { CsrfField } from '../../../../ui/components/form.tsx';

/** The structure manager's setting: does the structure accept pass numérique cheques? */
export function ParametresPassPage(p: { accepte: boolean; csrfToken: string; structureNom: string }) {
  return (
    <>
      <h1>Paramètres du pass numérique</h1>
      <p>
        Le pass numérique est un chèque qui finance des accompagnements au numérique. Une structure qui
        l’accepte enregistre les chèques reçus puis envoie un relevé à chaque émetteur pour être remboursée.
      </p>
      <form method="post" action="/activite/pass/parametres">
        <CsrfField token={p.csrfToken} />
        <Radios
          name="accepte"
          legend={`${p.structureNom} accepte-t-elle les chèques pass numérique ?`}
          options={[
            { value: 'oui', label: 'Oui, nous acceptons les chèques pass numérique' },
            { value: 'non', label: 'Non' },
          ]}
          value={p.accepte ? 'oui' : 'non'}
        />
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="submit" class="fr-btn">
              Enregistrer
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href="/activite/pass">
              Retour au pass numérique
            </a>
          </li>
        </ul>
      </form>
    </>
  );
}
