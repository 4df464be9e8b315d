import { Fieldset, Input } from '../../../ui/components/form.tsx';
import { EMETTEURS_CONNUS } from './domain.ts';
import { CHAMPS_CHEQUE, type ValeursCheque } from './formulaire.ts';

/**
 * The fields of ONE pass numérique cheque (number, issuer, value, validity), to place in any form;
 * read them back with `lireChequeFormulaire(body)`. Errors are keyed by form field name.
 */
export function ChampsPassNumerique(props: {
  valeurs: ValeursCheque;
  erreurs?: Record<string, string>;
  legende?: string;
  /** Issuers to suggest besides the usual ones (those the structure already met). */
  emetteurs?: string[];
}) {
  const e = props.erreurs ?? {};
  const suggestions = [...new Set([...EMETTEURS_CONNUS, ...(props.emetteurs ?? [])])];
  return (
    <Fieldset legend={props.legende ?? 'Chèque pass numérique'}>
      <Input
        name={CHAMPS_CHEQUE.numero}
        label="Numéro du chèque"
        hint="De 8 à 20 lettres ou chiffres, tel qu’imprimé sur le chèque (les espaces sont ignorés)."
        value={props.valeurs.numero}
        error={e[CHAMPS_CHEQUE.numero]}
        maxLength={40}
        spellcheck={false}
        autocomplete="off"
      />
      <Input
        name={CHAMPS_CHEQUE.emetteur}
        label="Émetteur"
        hint="Par exemple APTIC, ou la collectivité qui a distribué le chèque."
        value={props.valeurs.emetteur}
        error={e[CHAMPS_CHEQUE.emetteur]}
        maxLength={100}
        extra={{ list: 'emetteurs-pass-numerique' }}
      />
      <datalist id="emetteurs-pass-numerique">
        {suggestions.map((s) => (
          <option value={s} />
        ))}
      </datalist>
      <Input
        name={CHAMPS_CHEQUE.valeur}
        label="Valeur faciale (en euros)"
        hint="Entre 1 et 100 euros, par exemple 10."
        value={props.valeurs.valeur}
        error={e[CHAMPS_CHEQUE.valeur]}
        inputMode="text"
        maxLength={10}
      />
      <Input
        name={CHAMPS_CHEQUE.valableJusquau}
        label="Valable jusqu’au"
        hint="Date de fin de validité imprimée sur le chèque."
        type="date"
        value={props.valeurs.valableJusquau}
        error={e[CHAMPS_CHEQUE.valableJusquau]}
      />
    </Fieldset>
  );
}
