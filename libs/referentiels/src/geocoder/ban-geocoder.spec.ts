import { banCollection, banFeature, BanStandIn } from '../../../../test/support/ban-stand-in';
import { BanGeocoder } from './ban-geocoder';
import { GeocoderUnavailableError } from './geocoder';

describe('BanGeocoder (against a local stand-in)', () => {
  let ban: BanStandIn;
  let geocoder: BanGeocoder;

  beforeAll(async () => {
    ban = await new BanStandIn().start();
    geocoder = new BanGeocoder(`${ban.url}/`, 300);
  });
  afterAll(() => ban.stop());

  it('asks for municipalities with the postal code filter and maps the answer', async () => {
    ban.answer(
      banCollection(
        banFeature(
          { label: 'Lille', name: 'Lille', city: 'Lille', citycode: '59350', postcode: '59000' },
          3.0586,
          50.6311,
        ),
        { type: 'Feature', geometry: null, properties: {} },
      ),
    );
    const found = await geocoder.geocodeCommune({ nom: 'Lille', codePostal: '59000' });
    expect(found).toEqual([
      {
        codeInsee: '59350',
        nom: 'Lille',
        codePostal: '59000',
        lat: 50.6311,
        lon: 3.0586,
        score: 0.95,
        source: 'ban',
      },
    ]);
    const asked = ban.requests.at(-1)!;
    expect(asked.pathname).toBe('/search/');
    expect(Object.fromEntries(asked.searchParams)).toEqual({
      q: 'Lille',
      type: 'municipality',
      limit: '10',
      postcode: '59000',
    });
  });

  it('geocodes an address with its precision', async () => {
    ban.answer(
      banCollection(
        banFeature(
          {
            label: '8 Boulevard du Port 80000 Amiens',
            type: 'housenumber',
            name: '8 Boulevard du Port',
            city: 'Amiens',
            citycode: '80021',
            postcode: '80000',
            score: 0.88,
          },
          2.29,
          49.9,
        ),
      ),
    );
    const [address] = await geocoder.geocodeAddress('8 bd du port', '80000');
    expect(address).toMatchObject({
      precision: 'housenumber',
      codeInsee: '80021',
      commune: 'Amiens',
      lat: 49.9,
      lon: 2.29,
      score: 0.88,
    });
    expect(ban.requests.at(-1)!.searchParams.get('type')).toBeNull();
  });

  it('answers "not found" with an empty list, also when BAN refuses the query (400)', async () => {
    ban.answer(banCollection());
    await expect(geocoder.geocodeCommune({ nom: 'Nullepart' })).resolves.toEqual([]);
    ban.answer({ code: 400, message: 'q must contain at least 3 chars' }, 400);
    await expect(geocoder.geocodeCommune({ nom: 'ab' })).resolves.toEqual([]);
  });

  it('throws GeocoderUnavailableError (503) for a 5xx, telling it apart from not found', async () => {
    ban.answer({ message: 'boom' }, 502);
    const error = await geocoder.geocodeCommune({ nom: 'Lille' }).catch((e) => e);
    expect(error).toBeInstanceOf(GeocoderUnavailableError);
    expect(error).toMatchObject({ reason: 'http', httpStatus: 502, code: 'SERVICE_UNAVAILABLE' });
  });

  it('throws on a timeout: the stand-in never answers', async () => {
    ban.hang();
    const started = Date.now();
    const error = await geocoder.geocodeCommune({ nom: 'Lille' }).catch((e) => e);
    expect(error).toMatchObject({ reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('throws on an unreadable body and on a refused connection', async () => {
    ban.handler = (_req, res) => res.end('<html>maintenance</html>');
    await expect(geocoder.geocodeCommune({ nom: 'Lille' })).rejects.toMatchObject({
      reason: 'invalid-response',
    });
    const closed = new BanGeocoder('http://127.0.0.1:1', 300);
    await expect(closed.geocodeCommune({ nom: 'Lille' })).rejects.toMatchObject({
      reason: 'network',
    });
  });
});
