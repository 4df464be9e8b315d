/** A POST button in its own form (CSRF included): works without JavaScript. */
export function BoutonAction(props: {
  action: string;
  csrf: string;
  libelle: string;
  secondaire?: boolean;
  champs?: Record<string, string>;
  /** Read by screen readers after the label, when several rows share the same button. */
  precision?: string | undefined;
}) {
  return (
    <form method="post" action={props.action} class="fr-mb-0">
      <input type="hidden" name="_csrf" value={props.csrf} />
      {Object.entries(props.champs ?? {}).map(([k, v]) => (
        <input type="hidden" name={k} value={v} />
      ))}
      <button type="submit" class={`fr-btn fr-btn--sm${props.secondaire ? ' fr-btn--secondary' : ''}`}>
        {props.libelle}
        {props.precision ? <span class="fr-sr-only"> {props.precision}</span> : null}
      </button>
    </form>
  );
}
