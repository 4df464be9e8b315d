export interface PlanLink {
  href: string;
  label: string;
}

export interface PlanSection {
  title: string;
  intro?: string;
  links: PlanLink[];
}

/** Every page a person can reach, grouped; the route builds the list from the routes that exist. */
export function PlanDuSitePage({ sections }: { sections: PlanSection[] }) {
  return (
    <>
      <h1>Plan du site</h1>
      {sections
        .filter((s) => s.links.length > 0)
        .map((s) => (
          <section class="fr-mb-4w">
            <h2>{s.title}</h2>
            {s.intro ? <p>{s.intro}</p> : null}
            <ul>
              {s.links.map((l) => (
                <li>
                  <a href={l.href}>{l.label}</a>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}
