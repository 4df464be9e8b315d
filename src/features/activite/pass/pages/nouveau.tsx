import { Alerte } from '../../../../ui/components/alerte.tsx';
import { CsrfField, ErrorSummary, Select } from '../../../../ui/components/form.tsx';
import { ChampsPassNumerique } from '../champs-pass-numerique.tsx';
import type { ValeursCheque } from '../formulaire.ts';

export interface ActiviteChoisie {
  id: string;
  libelle: string;
}

/** Step 1 (no activity chosen): pick one of my activities. */
export function ChoisirActivitePage(p: { activites: ActiviteChoisie[]; erreur?: string | undefined }) {
  return (
    <>
      <h1>Enregistrer des chèques pass numérique</h1>
      {p.activites.length === 0 ? (
        <Alerte type="info" titre="Aucune activité">
          Enregistrez d’abord l’accompagnement au cours duquel les chèques ont été utilisés.
        </Alerte>
      ) : (
        <form method="get" action="/activite/pass/nouveau">
          <ErrorSummary errors={p.erreur ? { activite: p.erreur } : {}} />
          <Select
            name="activite"
            label="Activité au cours de laquelle les chèques ont été utilisés"
            hint="Vos 50 dernières activités."
            options={p.activites.map((a) => ({ value: a.id, label: a.libelle }))}
            error={p.erreur}
            required
          />
          <button type="submit" class="fr-btn">
            Continuer
          </button>
        </form>
      )}
    </>
  );
}

/** Step 2: the cheque of this activity. */
export function NouveauChequePage(p: {
  activite: ActiviteChoisie;
  valeurs: ValeursCheque;
  erreurs: Record<string, string>;
  emetteurs: string[];
  csrfToken: string;
}) {
  return (
    <>
      <h1>Enregistrer un chèque pass numérique</h1>
      <p>
        Activité : <strong>{p.activite.libelle}</strong>
      </p>
      <ErrorSummary errors={p.erreurs} />
      <form method="post" action={`/activite/pass/nouveau?activite=${p.activite.id}`}>
        <CsrfField token={p.csrfToken} />
        <ChampsPassNumerique valeurs={p.valeurs} erreurs={p.erreurs} emetteurs={p.emetteurs} />
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="submit" class="fr-btn">
              Enregistrer le chèque
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href="/activite/pass">
              Annuler
            </a>
          </li>
        </ul>
      </form>
    </>
  );
}
