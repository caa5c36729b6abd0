/**
 * `npm run seed:demo`: the demo Mission Locale and its accounts. Idempotent: run it twice,
 * get the same state (upserts by structure code and by email).
 */
import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
loadDotenv({ quiet: true });

import { AccountsModule, StructuresService, UsersService } from '@app/accounts';
import { EntreprisesModule } from '@app/entreprises';
import { JeunesModule } from '@app/jeunes';
import { MessagingModule } from '@app/messaging';
import { OffresModule } from '@app/offres';
import { ConfigError, CoreModule, Role } from '@app/core';
import { DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DEMO_PASSWORD, DEMO_STRUCTURE, DEMO_USERS } from './demo-data';
import { asCre, seedEntreprisesEtOffres } from './demo-entreprises';
import { asConseiller, seedJeunes } from './demo-jeunes';

@Module({})
class SeedModule {
  static forRoot(env: Record<string, string>): DynamicModule {
    return {
      module: SeedModule,
      imports: [
        CoreModule.forRoot('cli', { LOG_LEVEL: 'warn', ...env }),
        AccountsModule,
        EntreprisesModule,
        OffresModule,
        JeunesModule,
        // Invitations and offers write their emails through messaging (global once imported).
        MessagingModule,
      ],
    };
  }
}

export async function seedDemo(env: Record<string, string> = {}): Promise<{
  structureId: string;
  users: { email: string; role: string }[];
}> {
  // abortOnError off: a bad configuration is thrown (and printed by the CLI), not process.exit().
  const app = await NestFactory.createApplicationContext(SeedModule.forRoot(env), {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    const structure = await app.get(StructuresService).upsertByCode(DEMO_STRUCTURE);
    const users = app.get(UsersService);
    const ids: Record<string, string> = {};
    for (const u of DEMO_USERS) {
      ids[u.role] = (
        await users.ensure({ ...u, structureId: structure.id, password: DEMO_PASSWORD })
      ).id;
    }
    const cre = DEMO_USERS.find((u) => u.role === Role.CRE)!;
    await seedEntreprisesEtOffres(
      app,
      asCre(ids[Role.CRE], structure.id, cre.email),
      ids[Role.EMPLOYEUR],
    );
    const conseiller = DEMO_USERS.find((u) => u.role === Role.CONSEILLER)!;
    await seedJeunes(app, asConseiller(ids[Role.CONSEILLER], structure.id, conseiller.email));
    return {
      structureId: structure.id,
      users: DEMO_USERS.map(({ email, role }) => ({ email, role })),
    };
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  seedDemo()
    .then(({ users }) => {
      console.log(`\nDonnées de démonstration prêtes : ${DEMO_STRUCTURE.nom}`);
      console.log(
        'Jeunes : 8 jeunes fictifs (DEMO-001 à DEMO-008), que le matcher propose sur les offres',
      );
      console.log(
        'Entreprises : Boulangerie Dupont, Brasserie du Beffroi, Logistique des Flandres (4 offres publiées)',
      );
      console.log(`Comptes (mot de passe commun : ${DEMO_PASSWORD}) :`);
      for (const u of users) console.log(`  - ${u.role.padEnd(11)} ${u.email}`);
    })
    .catch((error) => {
      console.error(error instanceof ConfigError ? error.message : error);
      process.exit(1);
    });
}
