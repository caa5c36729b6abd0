import 'reflect-metadata';
import { createValidationPipe, DomainError, InputStringsPipe } from '@app/core';
import { ArgumentMetadata } from '@nestjs/common';
import fc from 'fast-check';
import { LoginDto } from '../libs/accounts/src/auth/login.dto';
import { CreateInvitationDto } from '../libs/accounts/src/invitations/invitation.dto';
import { ContactDto } from '../libs/entreprises/src/contacts/contact.dto';
import {
  CreateEntrepriseDto,
  UpdateEntrepriseDto,
} from '../libs/entreprises/src/entreprises/entreprise.dto';
import { ListEntreprisesQuery } from '../libs/entreprises/src/entreprises/list-entreprises.query';
import { InscriptionDto } from '../libs/entreprises/src/portail/inscription.dto';
import { CreateJeuneDto, UpdateJeuneDto } from '../libs/jeunes/src/profile/jeune.dto';
import { JeuneQueryDto } from '../libs/jeunes/src/query/jeune-query.dto';
import { ProposerAccordDto } from '../libs/matching/src/api/accords.controller';
import { ReglagesDto } from '../libs/matching/src/api/reglages.dto';
import { MessagesQueryDto } from '../libs/messaging/src/admin/messages-query.dto';
import { ReponseEmployeurDto, TriDto } from '../libs/mises-en-relation/src/api/mer.dto';
import { CreateOffreDto, UpdateOffreDto } from '../libs/offres/src/offre.dto';
import { OffreExportQueryDto, OffreQueryDto } from '../libs/offres/src/offre-query.dto';
import { CreateEntrepriseNoteDto } from '../libs/entreprises/src/notes/entreprise-note.dto';

/**
 * Property-based fuzz of the DTOs through the same two global pipes as the API (control
 * characters, then validation): whatever JSON arrives, the outcome is a DTO instance or a
 * VALIDATION problem naming a field in French — never a TypeError or a stack overflow.
 */
const BODIES = [
  LoginDto,
  CreateInvitationDto,
  ContactDto,
  CreateEntrepriseDto,
  UpdateEntrepriseDto,
  InscriptionDto,
  CreateJeuneDto,
  UpdateJeuneDto,
  ProposerAccordDto,
  ReglagesDto,
  ReponseEmployeurDto,
  TriDto,
  CreateOffreDto,
  UpdateOffreDto,
  CreateEntrepriseNoteDto,
];
const QUERIES = [
  ListEntreprisesQuery,
  JeuneQueryDto,
  MessagesQueryDto,
  OffreQueryDto,
  OffreExportQueryDto,
];

const strings = fc.oneof(
  fc.string(),
  fc.fullUnicodeString(),
  fc.constantFrom('\u0000', 'a\ud800', '2026-02-30', '99999999999999999999', '', ' ', 'G1603'),
  fc.string({ maxLength: 20 }).map((s) => s.repeat(500)),
);
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    strings,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(strings, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** An object using the DTO's own field names (so values reach the validators), or anything. */
const bodyFor = (keys: string[]) =>
  fc.oneof(
    fc.dictionary(fc.constantFrom(...keys, 'inconnu'), json, { maxKeys: keys.length + 1 }),
    json,
  );

/** Bounded in time; DTO_FUZZ_RUNS / DTO_FUZZ_SEED for a longer or another run. */
const RUN = {
  numRuns: Number(process.env.DTO_FUZZ_RUNS ?? 150),
  interruptAfterTimeLimit: 4000,
  seed: Number(process.env.DTO_FUZZ_SEED ?? 42),
};

const pipes = [new InputStringsPipe(), createValidationPipe()];
async function run(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
  let v = value;
  for (const pipe of pipes) v = await pipe.transform(v, metadata);
  return v;
}

function keysOf(type: new () => object): string[] {
  const keys: string[] =
    Reflect.getMetadata('swagger/apiModelPropertiesArray', type.prototype) ?? [];
  return keys.map((k) => k.replace(/^:/, ''));
}

const checkOutcome = async (value: unknown, metadata: ArgumentMetadata) => {
  try {
    const out = await run(value, metadata);
    expect(out).toBeInstanceOf(metadata.metatype as new () => object);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const e = error as DomainError;
    expect(e.code).toBe('VALIDATION');
    expect(typeof e.field).toBe('string');
    expect(e.message).toContain('«');
  }
};

describe('DTO fuzz (fast-check): a DTO or a VALIDATION problem naming the field, nothing else', () => {
  for (const type of BODIES) {
    it(`${type.name} (body)`, async () => {
      await fc.assert(
        fc.asyncProperty(bodyFor(keysOf(type)), (value) =>
          checkOutcome(value, { type: 'body', metatype: type }),
        ),
        RUN,
      );
    });
  }
  for (const type of QUERIES) {
    it(`${type.name} (query string)`, async () => {
      const query = fc.dictionary(
        fc.constantFrom(...keysOf(type), 'inconnu'),
        fc.oneof(strings, fc.array(strings, { maxLength: 3 })),
        { maxKeys: 5 },
      );
      await fc.assert(
        fc.asyncProperty(query, (value) => checkOutcome(value, { type: 'query', metatype: type })),
        RUN,
      );
    });
  }
});
