/** DSFR pagination for page-numbered lists; `href(n)` builds each page's link (filters kept). */
export function Pagination({
  page,
  pages,
  href,
}: {
  page: number;
  pages: number;
  href: (n: number) => string;
}) {
  if (pages <= 1) return null;
  const around = [page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages);
  return (
    <nav role="navigation" class="fr-pagination fr-mt-3w" aria-label="Pagination">
      <ul class="fr-pagination__list">
        <li>
          {page > 1 ? (
            <a class="fr-pagination__link fr-pagination__link--first" href={href(1)}>
              Première page
            </a>
          ) : (
            <a class="fr-pagination__link fr-pagination__link--first" aria-disabled="true" role="link">
              Première page
            </a>
          )}
        </li>
        <li>
          {page > 1 ? (
            <a
              class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
              href={href(page - 1)}
            >
              Page précédente
            </a>
          ) : (
            <a
              class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
              aria-disabled="true"
              role="link"
            >
              Page précédente
            </a>
          )}
        </li>
        {around.map((n) =>
          n === page ? (
            <li>
              <a class="fr-pagination__link" aria-current="page" title={`Page ${n}`}>
                {n}
              </a>
            </li>
          ) : (
            <li>
              <a class="fr-pagination__link" href={href(n)} title={`Page ${n}`}>
                {n}
              </a>
            </li>
          ),
        )}
        <li>
          {page < pages ? (
            <a
              class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
              href={href(page + 1)}
            >
              Page suivante
            </a>
          ) : (
            <a
              class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
              aria-disabled="true"
              role="link"
            >
              Page suivante
            </a>
          )}
        </li>
        <li>
          {page < pages ? (
            <a class="fr-pagination__link fr-pagination__link--last" href={href(pages)}>
              Dernière page
            </a>
          ) : (
            <a class="fr-pagination__link fr-pagination__link--last" aria-disabled="true" role="link">
              Dernière page
            </a>
          )}
        </li>
      </ul>
    </nav>
  );
}
