/** One thing waiting for the person: a count, what it counts, and the page where to act. */
export interface ElementAFaireVue {
  nombre: number;
  libelle: string;
  href: string;
}

const FORMAT = new Intl.NumberFormat('fr-FR');

/** The « À faire » block of a role's home: what waits for the person, each line a link to act. */
export function ListeAFaire({ elements }: { elements: readonly ElementAFaireVue[] }) {
  return (
    <section class="fr-mb-4w" aria-labelledby="titre-a-faire">
      <h2 id="titre-a-faire">À faire</h2>
      {elements.length === 0 ? (
        <p>Rien ne vous attend pour le moment.</p>
      ) : (
        <ul class="fr-list">
          {elements.map((e) => (
            <li>
              <a class="fr-link" href={e.href}>
                <strong>{FORMAT.format(e.nombre)}</strong>&nbsp;{e.libelle}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
