import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { ReponseEmployeurDto } from '../../../../libs/mises-en-relation/src/api/mer.dto';
import {
  emptyReponse,
  REPONSE_MESSAGES,
  ReponseValues,
  toReponseBody,
  validateReponse,
} from './reponse-form';

const v = (over: Partial<ReponseValues>): ReponseValues => ({ ...emptyReponse(), ...over });
const dto = (body: object) =>
  validateSync(plainToInstance(ReponseEmployeurDto, body), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });

describe('Employer answer form logic (the portal)', () => {
  it('an interview needs its date; the body carries an ISO date-time the DTO accepts', () => {
    expect(validateReponse(v({ resultat: 'entretien' }))).toEqual({
      entretienAt: REPONSE_MESSAGES.entretienAt,
    });
    const body = toReponseBody(
      v({ resultat: 'entretien', entretienAt: '2026-12-10T14:30' }),
      (l) => `${l}:00+01:00`,
    );
    expect(body).toEqual({ resultat: 'entretien', entretienAt: '2026-12-10T14:30:00+01:00' });
    expect(dto(body)).toEqual([]);
  });

  it('a hire: dates and hours checked as the API does; only the fields of the result are sent', () => {
    expect(
      validateReponse(v({ resultat: 'recrutee', typeContrat: 'CDD', dateDebut: '2026-12-15' })),
    ).toEqual({
      dateFin: REPONSE_MESSAGES.dateFin,
    });
    expect(
      validateReponse(
        v({
          resultat: 'recrutee',
          typeContrat: 'CDD',
          dateDebut: '2026-12-15',
          dateFin: '2026-12-01',
          heuresHebdo: '50',
        }),
      ),
    ).toEqual({
      dateFin: REPONSE_MESSAGES.dateFinAvant,
      heuresHebdo: REPONSE_MESSAGES.heuresHebdo,
    });
    const ok = v({
      resultat: 'recrutee',
      typeContrat: 'CDI',
      dateDebut: '2026-12-15',
      heuresHebdo: '24,5',
      motif: 'profil',
    });
    expect(validateReponse(ok)).toEqual({});
    const body = toReponseBody(ok);
    expect(body).toEqual({
      resultat: 'recrutee',
      typeContrat: 'CDI',
      dateDebut: '2026-12-15',
      heuresHebdo: 24.5,
    });
    expect(dto(body)).toEqual([]);
  });

  it('not kept: a reason from the list is required', () => {
    expect(validateReponse(v({ resultat: 'non_retenue' }))).toEqual({
      motif: REPONSE_MESSAGES.motif,
    });
    expect(validateReponse(v({}))).toEqual({ resultat: REPONSE_MESSAGES.resultat });
    const body = toReponseBody(v({ resultat: 'non_retenue', motif: 'profil', commentaire: '  ' }));
    expect(body).toEqual({ resultat: 'non_retenue', motif: 'profil' });
    expect(dto(body)).toEqual([]);
  });
});
