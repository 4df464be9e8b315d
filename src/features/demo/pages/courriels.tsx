import type { Segment } from '../domain/liens.ts';

export interface CourrielVue {
  id: string;
  sujet: string;
  destinataire: string;
  date: string;
  corps: Segment[];
}

/** Demo only: the mails the platform "sent", so a visitor can follow reset and invitation links. */
export function CourrielsPage({ courriels, masques }: { courriels: CourrielVue[]; masques: number }) {
  return (
    <>
      <h1>Courriels envoyés (démonstration)</h1>
      <p>
        En démonstration, aucun courriel ne part : ils sont déposés dans la boîte d’envoi du serveur et
        affichés ici, du plus récent au plus ancien. Suivez les liens pour réinitialiser un mot de passe ou
        accepter une invitation. Seuls les courriels adressés aux comptes de démonstration sont montrés.
      </p>
      {masques > 0 ? (
        <p class="fr-text--sm">
          {masques} courriel(s) adressé(s) à d’autres comptes ne sont pas affichés : ils peuvent contenir des
          liens personnels.
        </p>
      ) : null}
      {courriels.length === 0 ? (
        <div class="fr-callout">
          <p class="fr-callout__text">Aucun courriel pour l’instant.</p>
        </div>
      ) : (
        courriels.map((c) => (
          <section class="fr-card fr-mb-3w" aria-labelledby={`courriel-${c.id}`}>
            <div class="fr-card__body">
              <div class="fr-card__content">
                <h2 class="fr-card__title" id={`courriel-${c.id}`}>
                  {c.sujet || '(sans objet)'}
                </h2>
                <p class="fr-card__detail">
                  À {c.destinataire} — {c.date}
                </p>
                <div class="fr-card__desc maillage-texte-libre">
                  {c.corps.map((s) => ('lien' in s ? <a href={s.lien}>{s.texte}</a> : s.texte))}
                </div>
              </div>
            </div>
          </section>
        ))
      )}
    </>
  );
}
