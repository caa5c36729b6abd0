/**
 * `npm run seed:demo`: the demo Mission Locale and its accounts. Idempotent: run it twice,
 * get the same state (upserts by structure code and by email).
 */
import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
loadDotenv({ quiet: true });

import { AccountsModule, StructuresService, UsersService } from '@app/accounts';
import { ConfigError, CoreModule } from '@app/core';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DEMO_PASSWORD, DEMO_STRUCTURE, DEMO_USERS } from './demo-data';

@Module({ imports: [CoreModule.forRoot('cli', { LOG_LEVEL: 'warn' }), AccountsModule] })
class SeedModule {}

export async function seedDemo(): Promise<{
  structureId: string;
  users: { email: string; role: string }[];
}> {
  const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['error', 'warn'] });
  try {
    const structure = await app.get(StructuresService).upsertByCode(DEMO_STRUCTURE);
    const users = app.get(UsersService);
    for (const u of DEMO_USERS) {
      await users.ensure({ ...u, structureId: structure.id, password: DEMO_PASSWORD });
    }
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
      console.log(`Comptes (mot de passe commun : ${DEMO_PASSWORD}) :`);
      for (const u of users) console.log(`  - ${u.role.padEnd(11)} ${u.email}`);
    })
    .catch((error) => {
      console.error(error instanceof ConfigError ? error.message : error);
      process.exit(1);
    });
}
