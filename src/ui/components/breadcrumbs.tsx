export interface Breadcrumb {
  label: string;
  href?: string | undefined;
}

export function Breadcrumbs({ items }: { items: Breadcrumb[] }) {
  return (
    <nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :">
      <button type="button" class="fr-breadcrumb__button" aria-expanded="false" aria-controls="fil-ariane">
        Voir le fil d’Ariane
      </button>
      <div class="fr-collapse" id="fil-ariane">
        <ol class="fr-breadcrumb__list">
          <li>
            <a class="fr-breadcrumb__link" href="/">
              Accueil
            </a>
          </li>
          {items.map((item, i) =>
            i === items.length - 1 || !item.href ? (
              <li>
                <a class="fr-breadcrumb__link" aria-current="page">
                  {item.label}
                </a>
              </li>
            ) : (
              <li>
                <a class="fr-breadcrumb__link" href={item.href}>
                  {item.label}
                </a>
              </li>
            ),
          )}
        </ol>
      </div>
    </nav>
  );
}
