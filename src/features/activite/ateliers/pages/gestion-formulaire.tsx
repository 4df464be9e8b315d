import { CasesACocher, Radios } from '../../../../ui/components/choix.tsx';
import { CsrfField, ErrorSummary, Input, Select, Textarea } from '../../../../ui/components/form.tsx';
import { NIVEAUX, THEMATIQUES_NUMERIQUES } from '../../domain/vocabulaire.ts';
import { CAPACITE_MAX, CAPACITE_MIN, TITRE_MAX, type ValeursAtelier } from '../domain/atelier.ts';

const LIBELLES: Record<string, string> = {
  titre: 'Titre',
  description: 'Description',
  thematiques: 'Thématiques',
  niveau: 'Niveau',
  lieuId: 'Lieu',
  date: 'Date',
  heureDebut: 'Heure de début',
  heureFin: 'Heure de fin',
  capacite: 'Nombre de places',
  accessibilite: 'Accessibilité',
  repetition: 'Répétition',
  jusquAu: 'Dernière séance',
};

/** Publishing (with an optional weekly series) or changing one workshop. */
export function FormulaireAtelierPage(p: {
  titre: string;
  action: string;
  csrfToken: string;
  valeurs: ValeursAtelier;
  erreurs: Record<string, string>;
  lieux: { value: string; label: string }[];
  serie: boolean;
  /** Editing: the cancel form and who will be told. */
  annulation?: { action: string; inscrits: number } | undefined;
}) {
  const v = p.valeurs;
  const e = p.erreurs;
  return (
    <>
      <h1>{p.titre}</h1>
      <ErrorSummary errors={e} labels={LIBELLES} />
      {p.lieux.length === 0 ? (
        <div class="fr-alert fr-alert--warning fr-mb-3w">
          <h2 class="fr-alert__title">Votre structure n’a aucun lieu</h2>
          <p>
            Un atelier a lieu dans un des lieux de votre structure :{' '}
            <a href="/structure/lieux">ajoutez un lieu</a> d’abord.
          </p>
        </div>
      ) : null}
      <form method="post" action={p.action} novalidate>
        <CsrfField token={p.csrfToken} />
        <p class="fr-hint-text">Tous les champs sont obligatoires sauf mention contraire.</p>
        <Input
          name="titre"
          label="Titre de l’atelier"
          value={v.titre}
          error={e.titre}
          maxLength={TITRE_MAX}
          required
        />
        <Textarea
          name="description"
          label="Description (facultatif)"
          hint="Ce que les participants apprendront, ce qu’ils doivent apporter."
          value={v.description}
          error={e.description}
          maxLength={3000}
        />
        <CasesACocher
          name="thematiques"
          legend="Thématiques"
          options={THEMATIQUES_NUMERIQUES.map((t) => ({ value: t.code, label: t.libelle }))}
          values={v.thematiques}
          error={e.thematiques}
        />
        <Radios
          name="niveau"
          legend="Niveau"
          inline
          options={NIVEAUX.map((n) => ({ value: n.code, label: n.libelle }))}
          value={v.niveau}
          error={e.niveau}
        />
        <Select
          name="lieuId"
          label="Lieu"
          options={p.lieux}
          value={v.lieuId}
          error={e.lieuId}
          placeholder="Choisissez un lieu de votre structure"
        />
        <Input
          name="date"
          type="date"
          label="Date"
          hint="Format : jj/mm/aaaa"
          value={v.date}
          error={e.date}
        />
        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-md-6">
            <Input
              name="heureDebut"
              type="time"
              label="Heure de début"
              hint="Format : hh:mm"
              value={v.heureDebut}
              error={e.heureDebut}
            />
          </div>
          <div class="fr-col-12 fr-col-md-6">
            <Input
              name="heureFin"
              type="time"
              label="Heure de fin"
              hint="Format : hh:mm"
              value={v.heureFin}
              error={e.heureFin}
            />
          </div>
        </div>
        <Input
          name="capacite"
          label="Nombre de places"
          hint={`Entre ${CAPACITE_MIN} et ${CAPACITE_MAX}. Au-delà, les personnes sont inscrites sur liste d’attente.`}
          inputMode="numeric"
          value={v.capacite}
          error={e.capacite}
        />
        <Radios
          name="inscriptionRequise"
          legend="Inscription"
          options={[
            { value: 'oui', label: 'Sur inscription' },
            { value: 'non', label: 'Accès libre, sans inscription' },
          ]}
          value={v.inscriptionRequise ? 'oui' : 'non'}
        />
        <Radios
          name="gratuit"
          legend="Tarif"
          inline
          options={[
            { value: 'oui', label: 'Gratuit' },
            { value: 'non', label: 'Payant' },
          ]}
          value={v.gratuit ? 'oui' : 'non'}
        />
        <Textarea
          name="accessibilite"
          label="Accessibilité (facultatif)"
          hint="Accès en fauteuil roulant, boucle magnétique, matériel adapté…"
          value={v.accessibilite}
          error={e.accessibilite}
          rows={3}
        />
        {p.serie ? (
          <fieldset class="fr-fieldset">
            <legend class="fr-fieldset__legend">Séances répétées (facultatif)</legend>
            <div class="fr-fieldset__element">
              <Select
                name="repetition"
                label="Répéter l’atelier"
                options={[
                  { value: '', label: 'Une seule séance' },
                  { value: '1', label: 'Chaque semaine' },
                  { value: '2', label: 'Toutes les 2 semaines' },
                  { value: '3', label: 'Toutes les 3 semaines' },
                  { value: '4', label: 'Toutes les 4 semaines' },
                ]}
                value={v.repetition}
                error={e.repetition}
              />
            </div>
            <div class="fr-fieldset__element">
              <Input
                name="jusquAu"
                type="date"
                label="Date de la dernière séance"
                hint="Format : jj/mm/aaaa. Une séance est créée à chaque date, au plus 52."
                value={v.jusquAu}
                error={e.jusquAu}
              />
            </div>
          </fieldset>
        ) : null}
        <button class="fr-btn" type="submit">
          {p.annulation ? 'Enregistrer les modifications' : 'Publier l’atelier'}
        </button>
      </form>
      {p.annulation ? (
        <form method="post" action={p.annulation.action} class="fr-mt-5w">
          <CsrfField token={p.csrfToken} />
          <h2>Annuler l’atelier</h2>
          <p>
            {p.annulation.inscrits === 0
              ? 'Personne n’est inscrit.'
              : `Les ${p.annulation.inscrits} personnes inscrites (confirmées ou en attente) seront prévenues par e-mail.`}{' '}
            L’atelier reste visible dans l’agenda, marqué annulé.
          </p>
          <button class="fr-btn fr-btn--secondary" type="submit">
            Annuler l’atelier
          </button>
        </form>
      ) : null}
    </>
  );
}
