import { DomainError } from '@app/core';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CreateOffreDto } from '../../../../libs/offres/src/offre.dto';
import { checkOffreRules } from '../../../../libs/offres/src/offre-rules';
import {
  emptyOffre,
  MESSAGES,
  OffreFormValues,
  reglesApplicables,
  toOffreBody,
  validateOffre,
} from './offre-form';

const TODAY = '2026-12-01';
const valid = (over: Partial<OffreFormValues> = {}): OffreFormValues => ({
  ...emptyOffre(),
  titre: 'Serveur / serveuse',
  codeRome: 'G1803',
  description: 'Service en salle, midi et soir.',
  dureeValeur: '6',
  dateDebut: '2026-12-15',
  ...over,
});

/** The API's message for these values (its cross-field rules), or null. */
function apiRule(v: OffreFormValues): { field: string; message: string } | null {
  const b = toOffreBody(v);
  try {
    checkOffreRules(
      {
        typeContrat: b.typeContrat,
        dureeValeur: b.dureeValeur ?? null,
        dureeUnite: b.dureeUnite ?? null,
        heuresHebdo: b.heuresHebdo,
        dateDebut: b.dateDebut,
        travailNuit: !!b.travailNuit,
        ouverteMineurs: !!b.ouverteMineurs,
        salaireMontant: b.salaireMontant ?? null,
        salaireUnite: b.salaireUnite ?? null,
      },
      new Date(`${TODAY}T10:00:00Z`),
    );
    return null;
  } catch (e) {
    const d = e as DomainError;
    return { field: d.field!, message: d.message };
  }
}

/** The API DTO's errors for the body the form sends. */
function apiDto(v: OffreFormValues) {
  const dto = plainToInstance(CreateOffreDto, {
    ...toOffreBody(v),
    entrepriseId: '3f1c2f4e-7a52-4bd4-9d2f-111111111111',
  });
  return validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
}

describe('Offer form logic (the portal)', () => {
  it('a complete form is valid for the portal and for the API DTO', () => {
    expect(validateOffre(valid(), TODAY)).toEqual({});
    expect(apiDto(valid())).toEqual([]);
    expect(apiRule(valid())).toBeNull();
  });

  it.each([
    ['night work open to minors', { travailNuit: true, ouverteMineurs: true }, 'ouverteMineurs'],
    ['a CDD without duration', { dureeValeur: '' }, 'dureeValeur'],
    ['a start date in the past', { dateDebut: '2026-11-30' }, 'dateDebut'],
    [
      'a salary without unit',
      { salaireMontant: '11.88', salaireUnite: '' as const },
      'salaireUnite',
    ],
  ])('%s: same field and same message as the API', (_, over, field) => {
    const v = valid(over);
    const portal = validateOffre(v, TODAY);
    const api = apiRule(v);
    expect(Object.keys(portal)).toEqual([field]);
    expect(api).not.toBeNull();
    expect(api!.field).toBe(field);
    expect(portal[field]).toBe(api!.message);
  });

  it('more than 48 hours: the DTO’s message', () => {
    const v = valid({ heuresHebdo: '49' });
    expect(validateOffre(v, TODAY)).toEqual({ heuresHebdo: MESSAGES.heuresHebdo });
    const [error] = apiDto(v);
    expect(error.property).toBe('heuresHebdo');
    expect(Object.values(error.constraints!)).toContain(MESSAGES.heuresHebdo);
  });

  it('accepts a decimal comma for hours and sends numbers', () => {
    const body = toOffreBody(
      valid({ heuresHebdo: '24,5', salaireMontant: '11,88', salaireUnite: 'horaire' }),
    );
    expect(body).toMatchObject({ heuresHebdo: 24.5, tempsPartiel: true, salaireMontant: 11.88 });
    expect(apiDto(valid({ heuresHebdo: '24,5' }))).toEqual([]);
  });

  it('explains the rules that apply: minors, night work, fixed-term contracts', () => {
    expect(reglesApplicables(valid()).join(' ')).toMatch(/mineurs.*35 h.*22 h/);
    const nuit = reglesApplicables(valid({ travailNuit: true, ouverteMineurs: false }));
    expect(nuit.join(' ')).toMatch(/interdit aux moins de 18 ans/);
    expect(reglesApplicables(valid({ typeContrat: 'CDI' })).join(' ')).not.toMatch(/durée/);
  });
});
