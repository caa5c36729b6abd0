import { escapeLike, normaliseText, searchTokens } from './normalise';

describe('normaliseText', () => {
  it('drops accents and case, spells ligatures out', () => {
    expect(normaliseText('Éducation de jeunes enfants')).toBe('education de jeunes enfants');
    expect(normaliseText('Manoeuvre')).toBe(normaliseText('Manœuvre'));
    expect(normaliseText('ŒUVRE')).toBe('oeuvre');
    expect(normaliseText('Île-de-France')).toBe('ile de france');
  });

  it('turns punctuation and repeated spaces into single spaces', () => {
    expect(normaliseText("Conduite d'engins  agricoles")).toBe('conduite d engins agricoles');
    expect(normaliseText('  Serveur / Serveuse  ')).toBe('serveur serveuse');
    expect(normaliseText('Saint-Étienne-du-Rouvray')).toBe('saint etienne du rouvray');
    expect(normaliseText('Management/gestion de rayon')).toBe('management gestion de rayon');
  });

  it('keeps digits', () => {
    expect(normaliseText('Paris 11e Arrondissement')).toBe('paris 11e arrondissement');
  });
});

describe('searchTokens', () => {
  it('drops stop words and duplicates', () => {
    expect(searchTokens('agent d entretien de l hotel')).toEqual(['agent', 'entretien', 'hotel']);
    expect(searchTokens('vente vente')).toEqual(['vente']);
    expect(searchTokens('')).toEqual([]);
  });
});

describe('escapeLike', () => {
  it('makes LIKE wildcards literal', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});
