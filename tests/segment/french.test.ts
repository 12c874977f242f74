import { describe } from 'vitest';
import { itSplitsAsWritten } from './expect-sentences.js';

const narrowNbsp = '\u202F';
const nbsp = '\u00A0';

describe('French titles and abbreviations never end a sentence', () => {
  itSplitsAsWritten('fr', [
    ['M. Macron a reçu MM. Dupont et Durand à l’Élysée.'],
    ['Mme Lagarde a pris la parole.', 'Mmes Roy et Petit ont répondu.'],
    ['Le Dr Martin et le Pr Karim ont signé la tribune.'],
    ['Des pays voisins, p. ex. la Jordanie, ont fermé leurs frontières.'],
    ['Le chiffre figure en p. 12 du rapport.'],
    ['Il est né en 120 apr. J.-C. à Rome.'],
    ['Les États-Unis (É.-U.) et la France ont voté contre.'],
  ]);
});

describe('French ambiguous abbreviations end a sentence before a clear starter', () => {
  itSplitsAsWritten('fr', [
    ['César est mort en 44 av. J.-C.', 'Le Sénat était divisé.'],
    ['Le stock comprend du riz, de l’huile, etc.', 'Les distributions ont lieu chaque semaine.'],
    ['Les vivres manquent : riz, farine, etc.', 'L’ONU demande un accès humanitaire.'],
  ]);
});

describe('French guillemets and spaced punctuation', () => {
  itSplitsAsWritten('fr', [
    ['« Nous ne partirons pas », a déclaré le ministre.'],
    ['« Nous ne partirons pas. »', 'Le ministre a ensuite quitté la salle.'],
    [`«${narrowNbsp}Nous ne partirons pas.${narrowNbsp}»`, 'Le ministre a quitté la salle.'],
    [`«${nbsp}Qui va payer${narrowNbsp}?${nbsp}» demande un habitant.`],
    [`Le président est parti${nbsp}!`, 'Ses conseillers sont restés.'],
    [`Pourquoi maintenant${narrowNbsp}?`, 'Personne ne le sait.'],
    ['Il a promis de « poursuivre les opérations… jusqu’au retrait ».', 'La coalition n’a pas réagi.'],
  ]);
});

describe('French datelines, numbers and dashes', () => {
  itSplitsAsWritten('fr', [
    ['BAGDAD (AFP) – Des groupes armés ont promis vendredi de poursuivre leurs attaques.', 'La coalition n’a pas réagi.'],
    ['La croissance a atteint 2,5 % en 2023.', 'L’inflation a reculé à 3.1 %.'],
    ['Le Premier ministre — soutenu par les partis pro-iraniens — a demandé le départ de la coalition.'],
  ]);
});
