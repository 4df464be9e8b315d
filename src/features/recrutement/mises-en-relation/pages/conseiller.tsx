import { Badge } from '../../../../ui/components/badge.tsx';
import { Fiche } from '../../../../ui/components/fiche.tsx';
import type { ConseillerVue } from '../../presenters/structure.ts';

/** The adviser's own recruitment: structure, contract and certifying training. */
export function ConseillerRecrutementPage(props: { structure: string; vues: ConseillerVue[] }) {
  return (
    <>
      <h1>Mon contrat et ma formation</h1>
      {props.vues.length === 0 ? (
        <p>Aucun recrutement n’est enregistré à votre nom pour « {props.structure} ».</p>
      ) : (
        props.vues.map((c) => (
          <section class="fr-mb-4w" aria-labelledby={`titre-${c.id}`}>
            <h2 id={`titre-${c.id}`}>Conseiller numérique — {props.structure}</h2>
            <p>
              <Badge ton={c.statut.ton}>{c.statut.libelle}</Badge>
            </p>
            <Fiche
              lignes={[
                ['Contrat', c.contrat],
                [
                  'Formation certifiante',
                  c.formation
                    ? `${c.formation.organisme}, ${c.formation.periode} — certification : ${c.formation.certification}`
                    : 'Pas encore renseignée par votre structure',
                ],
                ...(c.rupture ? ([['Fin de contrat', c.rupture]] as [string, string][]) : []),
              ]}
            />
          </section>
        ))
      )}
    </>
  );
}
