import { ConfigModule, DomainError, dataSourceOptions } from '@app/core';
import { Geocoder, GeocoderUnavailableError, ReferentielsModule } from '@app/referentiels';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { banCollection, banFeature, BanStandIn } from './support/ban-stand-in';
import { createTestContext, TestContext } from './support/test-context';
import { createTestDatabase, TestDatabase } from './support/test-database';

describe('Géocodage', () => {
  describe('local (default): the communes table', () => {
    let ctx: TestContext;
    let geocoder: Geocoder;

    beforeAll(async () => {
      ctx = await createTestContext();
      geocoder = ctx.api.get(Geocoder);
    });
    afterAll(() => ctx.close());

    it('is the one selected without configuration', () => {
      expect(geocoder.name).toBe('local');
    });

    it('geocodes a commune by postal code, name or INSEE code', async () => {
      const byCp = await geocoder.geocodeCommune({ codePostal: '59000' });
      expect(byCp).toContainEqual(
        expect.objectContaining({
          codeInsee: '59350',
          nom: 'Lille',
          codePostal: '59000',
          source: 'local',
        }),
      );
      const lille = byCp.find((c) => c.codeInsee === '59350')!;
      expect(lille.lat).toBeCloseTo(50.63, 1);
      expect(lille.lon).toBeCloseTo(3.06, 1);
      const [byName] = await geocoder.geocodeCommune({ nom: 'lille', codePostal: '59000' });
      expect(byName).toMatchObject({ codeInsee: '59350', score: 1 });
      expect(await geocoder.geocodeCommune({ codeInsee: '2A004' })).toEqual([
        expect.objectContaining({ nom: 'Ajaccio', codePostal: '20000', score: 1 }),
      ]);
      expect(await geocoder.geocodeCommune({ nom: 'Nulle-Part-sur-Mer' })).toEqual([]);
    });

    it('places an address at the centre of its commune', async () => {
      const [address] = await geocoder.geocodeAddress('12 rue Nationale 59000 Lille');
      expect(address).toMatchObject({
        precision: 'municipality',
        codeInsee: '59350',
        commune: 'Lille',
      });
      expect(await geocoder.geocodeAddress('12 rue Nationale')).toEqual([]);
    });
  });

  describe('BAN (GEOCODER=ban), against a local stand-in', () => {
    let db: TestDatabase;
    let ban: BanStandIn;
    let app: INestApplicationContext;
    let geocoder: Geocoder;

    const boot = (overrides: Record<string, string>) =>
      Test.createTestingModule({
        imports: [
          TypeOrmModule.forRoot({
            ...dataSourceOptions(db.url),
            migrations: [],
            autoLoadEntities: true,
          }),
          ConfigModule.forRoot(overrides),
          ReferentielsModule,
        ],
      }).compile();

    beforeAll(async () => {
      db = await createTestDatabase();
      ban = await new BanStandIn().start();
      app = await boot({ GEOCODER: 'ban', BAN_API_URL: ban.url, BAN_TIMEOUT_MS: '200' });
      geocoder = app.get(Geocoder);
    });
    afterAll(async () => {
      await app.close();
      await ban.stop();
      await db.drop();
    });

    it('is selected by configuration and answers with BAN’s data', async () => {
      expect(geocoder.name).toBe('ban');
      ban.answer(
        banCollection(
          banFeature(
            {
              label: 'Amiens',
              name: 'Amiens',
              city: 'Amiens',
              citycode: '80021',
              postcode: '80000',
            },
            2.29,
            49.9,
          ),
        ),
      );
      expect(await geocoder.geocodeCommune({ nom: 'Amiens', codePostal: '80000' })).toEqual([
        {
          codeInsee: '80021',
          nom: 'Amiens',
          codePostal: '80000',
          lat: 49.9,
          lon: 2.29,
          score: 0.95,
          source: 'ban',
        },
      ]);
      expect(Object.fromEntries(ban.requests.at(-1)!.searchParams)).toMatchObject({
        q: 'Amiens',
        type: 'municipality',
        postcode: '80000',
      });
    });

    it('tells "not found" (empty list) from "unavailable" (error) for 5xx and timeouts', async () => {
      ban.answer(banCollection());
      expect(await geocoder.geocodeCommune({ nom: 'Nulle-Part' })).toEqual([]);
      ban.answer({ message: 'Service Unavailable' }, 503);
      const error = await geocoder.geocodeCommune({ nom: 'Amiens' }).catch((e) => e);
      expect(error).toBeInstanceOf(GeocoderUnavailableError);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'http', httpStatus: 503 });
      ban.hang();
      await expect(geocoder.geocodeAddress('1 rue de la Paix', '75002')).rejects.toMatchObject({
        reason: 'timeout',
      });
    });
  });
});
