/** Words of the recruitment demo: first names, surnames, job titles, free texts. */

export const PRENOMS = [
  'Camille',
  'Léa',
  'Hugo',
  'Inès',
  'Lucas',
  'Chloé',
  'Nathan',
  'Sarah',
  'Yanis',
  'Manon',
  'Karim',
  'Julie',
  'Mehdi',
  'Emma',
  'Thomas',
  'Aïcha',
  'Louis',
  'Fatou',
  'Antoine',
  'Zoé',
  'Samuel',
  'Nadia',
  'Maxime',
  'Lina',
  'Olivier',
  'Amandine',
  'Bruno',
  'Sophie',
  'Kevin',
  'Élodie',
];

export const NOMS = [
  'Martin',
  'Bernard',
  'Dubois',
  'Durand',
  'Lefebvre',
  'Moreau',
  'Laurent',
  'Simon',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Legrand',
  'Garnier',
  'Faure',
  'Rousseau',
  'Benali',
  'Nguyen',
];

export const FONCTIONS = [
  'Directrice générale des services',
  'Directeur',
  'Chargée de mission inclusion numérique',
  'Président',
  'Responsable du pôle solidarités',
  'Coordinatrice',
];

export const DIPLOMES = [
  'Titre professionnel REMN',
  'DUT Carrières sociales',
  'BPJEPS animation sociale',
  'Licence pro. médiation numérique',
];

export const MOTIVATIONS_STRUCTURE = [
  'Nos habitants ont besoin d’un accompagnement de proximité pour leurs démarches en ligne : permanences en mairie, ateliers collectifs à la médiathèque et au CCAS.',
  'Le conseiller interviendra dans nos quartiers prioritaires et auprès des seniors, en lien avec l’espace France Services.',
  'Nous voulons proposer des ateliers d’initiation (messagerie, visioconférence, santé en ligne) dans nos communes rurales, au plus près des habitants.',
  'Accompagner les publics éloignés du numérique accueillis par l’association, en complément de nos bénévoles.',
];

export const MOTIVATIONS_CANDIDAT = [
  'J’aime transmettre et aider les autres à devenir autonomes avec le numérique.',
  'Après dix ans dans l’accueil du public, je souhaite me consacrer à l’inclusion numérique.',
  'Bénévole dans une association d’aide aux démarches, je veux en faire mon métier.',
  'Formé à l’animation, je veux accompagner les habitants de mon territoire dans leurs usages.',
];
