import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsTelephone, normaliseTelephone, parseTelephone, TELEPHONE_MESSAGE } from './telephone';

class Form {
  @IsTelephone() telephone: string | null;
}

describe('telephone', () => {
  it('normalises French numbers, as written, to E.164', () => {
    expect(normaliseTelephone('06 12 34 56 78')).toBe('+33612345678');
    expect(normaliseTelephone('03.20.12.34.56')).toBe('+33320123456');
    expect(normaliseTelephone('+33 7 81 23 45 67')).toBe('+33781234567');
    expect(normaliseTelephone('+32 470 12 34 56')).toBe('+32470123456');
  });

  it('refuses what is not a phone number', () => {
    expect(normaliseTelephone('06 12')).toBeNull();
    expect(normaliseTelephone('bonjour')).toBeNull();
    expect(normaliseTelephone('00 00 00 00 00')).toBeNull();
  });

  it('tells a mobile, which gets SMS, from a landline, which never does', () => {
    expect(parseTelephone('06 12 34 56 78')).toEqual({ e164: '+33612345678', mobile: true });
    expect(parseTelephone('07 81 23 45 67')?.mobile).toBe(true);
    expect(parseTelephone('03 20 12 34 56')).toEqual({ e164: '+33320123456', mobile: false });
    expect(parseTelephone('0612')).toBeNull();
  });

  it('transforms then validates, with a French message', () => {
    const ok = plainToInstance(Form, { telephone: '06 12 34 56 78' });
    expect(validateSync(ok)).toEqual([]);
    expect(ok.telephone).toBe('+33612345678');
    const bad = plainToInstance(Form, { telephone: '12345' });
    expect(validateSync(bad)[0].constraints).toEqual({ isTelephone: TELEPHONE_MESSAGE });
  });
});
