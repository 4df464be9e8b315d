import type { ComponentChildren } from 'preact';

/**
 * A bar of list filters: a GET form (the filters stay in the address, the list can be bookmarked and
 * it works without JavaScript) in a fieldset, with its submit button, an optional "clear" link back to
 * the unfiltered list and other buttons (`actions`, each one a `<li>`). The filters are `children`,
 * usually `ElementSection`s.
 */
export function BarreFiltres(props: {
  action: string;
  legend: ComponentChildren;
  /** The submit button's label. */
  bouton?: string;
  /** Link to the list without filters. */
  effacer?: string | undefined;
  actions?: ComponentChildren;
  id?: string;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <form method="get" action={props.action} id={props.id} class={props.class ?? 'fr-mb-4w'}>
      <fieldset class="fr-fieldset">
        <legend class="fr-fieldset__legend">{props.legend}</legend>
        {props.children}
        <div class="fr-fieldset__element">
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li>
              <button type="submit" class="fr-btn">
                {props.bouton ?? 'Filtrer'}
              </button>
            </li>
            {props.effacer ? (
              <li>
                <a class="fr-btn fr-btn--secondary" href={props.effacer}>
                  Effacer les filtres
                </a>
              </li>
            ) : null}
            {props.actions}
          </ul>
        </div>
      </fieldset>
    </form>
  );
}
