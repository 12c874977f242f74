import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/segment/index.js';
import { itSplitsAsWritten } from './expect-sentences.js';

const narrow = '\u202F';
const nbsp = '\u00A0';

describe('French: a closing guillemet after ! ? . … belongs to the sentence it closes', () => {
  itSplitsAsWritten('fr', [
    ['« Nous ne reculerons pas ! », a lancé le Premier ministre.'],
    [`«${narrow}Pourquoi maintenant${narrow}?${narrow}», s’interroge un diplomate européen.`],
    [`«${nbsp}Assez${nbsp}!${nbsp}» crie la foule.`],
    ['« C’est fini… », soupire Amina.'],
    ['« Qui va payer ? » M. Haddad s’interroge.'],
    ['“ Partons ! ” a crié un soldat.'],
    ['« Où sont nos enfants ? » a écrit une mère sur les réseaux sociaux.'],
    ['« Nous partirons. »', 'Le ministre a quitté la salle sans un mot.'],
    [`«${narrow}Nous avons tout perdu…${narrow}»`, 'Fatou Diallo montre les ruines de sa maison.'],
    ['« Assez ! »', 'La foule a repris le slogan pendant une heure.'],
    [`“${narrow}Qui décide${narrow}?${narrow}”`, 'Personne n’a répondu.'],
  ]);

  it('never leaves a closing guillemet or quote as a segment, nor at the start of one', () => {
    const texts = [
      `Il a dit : « Fin de citation. »${nbsp}Puis il est parti.`,
      `« Stop${narrow}!${narrow}»${narrow}Les manifestants reculent.`,
      '« Vraiment ? » « Oui. » « Alors partons ! »',
      '“ Assez ! ” La salle applaudit.',
    ];
    for (const text of texts) {
      for (const segment of segmentText(text, 'fr')) expect(segment).not.toMatch(/^[\s\u00A0\u202F]*[»”]/u);
    }
  });
});

describe('French abbreviations', () => {
  itSplitsAsWritten('fr', [
    ['M. Haddad a reçu MM. Dupuis et Lemaire à Beyrouth.'],
    ['Mme Sow dirige l’hôpital depuis 2019.', 'Elle a 48 ans.'],
    ['Le texte prévoit des sanctions (voir art. 12) et un contrôle annuel.'],
    ['Le chiffre figure p. 34 du rapport.'],
    ['La ville a été fondée en 120 av. J.-C. par des colons grecs.'],
    ['César est mort en 44 av. J.-C.', 'Le Sénat était divisé.'],
    ['Ils réclamaient du riz, de la farine, etc.', 'Personne ne sait combien ont été distribués.'],
    ['Le boul. Saint-Michel était fermé.'],
  ]);
});
