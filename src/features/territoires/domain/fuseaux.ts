/** IANA time zone of each overseas département or collectivité; everything else is Europe/Paris. */
const FUSEAUX: Record<string, string> = {
  '971': 'America/Guadeloupe',
  '972': 'America/Martinique',
  '973': 'America/Cayenne',
  '974': 'Indian/Reunion',
  '975': 'America/Miquelon',
  '976': 'Indian/Mayotte',
  '977': 'America/St_Barthelemy',
  '978': 'America/Marigot',
  '984': 'Indian/Kerguelen',
  '986': 'Pacific/Wallis',
  '987': 'Pacific/Tahiti',
  '988': 'Pacific/Noumea',
  '989': 'Etc/GMT+8',
};

export function fuseauHoraire(departementCode: string): string {
  return FUSEAUX[departementCode] ?? 'Europe/Paris';
}
