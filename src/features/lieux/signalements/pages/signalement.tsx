import { Badge } from '../../../../ui/components/badge.tsx';
import {
  CsrfField,
  ErrorSummary,
  type FieldErrors,
  Select,
  Textarea,
} from '../../../../ui/components/form.tsx';
import type { VueSignalement } from '../presenter.ts';
import { ISSUES } from '../traiter-signalement.ts';

const LABELS = { issue: 'Suite donnée', note: 'Note (facultative)' };

/** One report: the message in full and, while open, the form that closes it. */
export function SignalementPage(props: {
  base: string;
  signalement: VueSignalement;
  csrf: string;
  valeurs: { issue: string; note: string };
  erreurs: FieldErrors;
}) {
  const s = props.signalement;
  return (
    <div class="fr-container fr-my-6w">
      <h1>Signalement sur « {s.lieu.nom} »</h1>
      <p>
        <Badge ton={s.statut.ton}>{s.statut.libelle}</Badge> Reçu le {s.recuLe} pour le lieu{' '}
        <a href={`/lieux/${s.lieu.id}`}>{s.lieu.nom}</a> ({s.lieu.commune}).
      </p>
      <h2 class="fr-h5">Message</h2>
      <blockquote class="fr-text--lg">{s.message}</blockquote>
      <p class="fr-text--sm">
        {s.avecEmail
          ? 'La personne a laissé son adresse : elle recevra un courriel quand le signalement sera clos.'
          : 'La personne n’a pas laissé d’adresse.'}
      </p>
      {s.ouvert ? (
        <form method="post" action={`${props.base}/${s.id}`} novalidate>
          <CsrfField token={props.csrf} />
          <ErrorSummary errors={props.erreurs} labels={LABELS} />
          <h2 class="fr-h5">Clore le signalement</h2>
          <Select
            name="issue"
            label={LABELS.issue}
            placeholder="Choisir"
            options={Object.entries(ISSUES).map(([value, label]) => ({ value, label }))}
            value={props.valeurs.issue}
            error={props.erreurs.issue}
            required
          />
          <Textarea
            name="note"
            label={LABELS.note}
            hint="Ce qui a été fait ou pourquoi rien n’a changé. Elle est jointe au courriel envoyé à la personne."
            value={props.valeurs.note}
            error={props.erreurs.note}
            maxLength={2000}
            rows={4}
          />
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li>
              <button type="submit" class="fr-btn">
                Clore le signalement
              </button>
            </li>
            <li>
              <a class="fr-btn fr-btn--secondary" href={props.base}>
                Retour à la liste
              </a>
            </li>
          </ul>
        </form>
      ) : (
        <>
          <h2 class="fr-h5">Traitement</h2>
          <p>
            Clos le {s.traiteLe} : {s.issue}.
          </p>
          {s.note ? <p>Note : {s.note}</p> : null}
          <p>
            <a class="fr-link" href={props.base}>
              Retour à la liste
            </a>
          </p>
        </>
      )}
    </div>
  );
}
