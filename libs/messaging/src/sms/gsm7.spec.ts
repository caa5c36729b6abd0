import { isGsm7, prepareSms, smsLength } from './gsm7';

describe('SMS length: GSM-7 and UCS-2 segments', () => {
  it('é è à ù É Ç are in the GSM-7 default alphabet; ç ê î ô û â are not', () => {
    for (const c of ['é', 'è', 'à', 'ù', 'É', 'Ç']) expect(isGsm7(c)).toBe(true);
    for (const c of ['ç', 'ê', 'î', 'ô', 'û', 'â', 'œ', '’', '«']) {
      expect(isGsm7(c)).toBe(false);
    }
  });

  it('160 GSM-7 characters are one SMS, 161 are two parts of 153', () => {
    expect(smsLength('é'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, segments: 2 });
    expect(smsLength('a'.repeat(306)).segments).toBe(2);
    expect(smsLength('a'.repeat(307)).segments).toBe(3);
  });

  it('extension characters (€ [ ] { } ^ ~ | \\) count twice and are never split', () => {
    expect(smsLength('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsLength('€'.repeat(81)).segments).toBe(2);
    // 152 septets then "€": the escape would be the 153rd septet, so "€" opens part 2.
    expect(smsLength('a'.repeat(152) + '€' + 'a'.repeat(10)).segments).toBe(2);
    expect(smsLength('a'.repeat(152) + '€' + 'a'.repeat(152)).segments).toBe(3);
  });

  it('one "ê" switches the whole text to UCS-2: 70 characters, then parts of 67', () => {
    expect(smsLength('ê' + 'a'.repeat(69))).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(smsLength('ê' + 'a'.repeat(70)).segments).toBe(2);
    expect(smsLength('ê' + 'a'.repeat(134)).segments).toBe(3);
  });

  it('an emoji is two UCS-2 units and stays whole in one part', () => {
    expect(smsLength('👍')).toEqual({ encoding: 'UCS-2', units: 2, segments: 1 });
    expect(smsLength('a'.repeat(66) + '👍' + 'a'.repeat(10)).segments).toBe(2);
  });

  it('prepareSms keeps French readable in GSM-7: ç → c, ô → o, typographic quotes → plain', () => {
    const sms = prepareSms('Jérôme, François : l’offre « Boulanger » est à pourvoir… Répondez.');
    expect(sms.text).toBe('Jérome, Francois : l\'offre " Boulanger " est à pourvoir... Répondez.');
    expect(sms.encoding).toBe('GSM-7');
    expect(sms.segments).toBe(1);
  });

  it('prepareSms keeps accents when UCS-2 is needed anyway (emoji)', () => {
    const sms = prepareSms('Bravo Jérôme 🎉');
    expect(sms.text).toBe('Bravo Jérôme 🎉');
    expect(sms.encoding).toBe('UCS-2');
  });
});
