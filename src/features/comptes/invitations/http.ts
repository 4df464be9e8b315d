export function messageEnvoi(v: { email: string; courrielEnvoye: boolean; compteExistant: boolean }) {
  if (!v.courrielEnvoye) {
    return {
      type: 'warning' as const,
      message: `L’invitation de ${v.email} est enregistrée, mais le courriel n’a pas pu partir. Réessayez plus tard : une nouvelle invitation remplacera celle-ci.`,
    };
  }
  return {
    type: 'success' as const,
    message: v.compteExistant
      ? `Invitation envoyée à ${v.email} : cette personne a déjà un compte, le rôle s’ajoutera après sa connexion.`
      : `Invitation envoyée à ${v.email}. Le lien est valable 7 jours.`,
  };
}
