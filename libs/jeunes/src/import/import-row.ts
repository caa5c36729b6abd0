import { flattenValidationErrors, ParsedTelephone } from '@app/core';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { JeuneStatut } from '../domain/jeune-codes';
import { CreateJeuneDto } from '../profile/jeune.dto';
import { JeuneSaisie, pickSaisie } from '../profile/jeune-values';
import { CsvRecord } from './csv-reader';
import { CellError, columnOf, HeaderMap, ImportPlain } from './import-columns';
import { QuickDto, quickDto } from './import-quick-check';

export interface ParsedRow {
  line: number;
  idExterne: string;
  /** Only the fields whose column is in the file: the others are left as they are. */
  saisie: Partial<JeuneSaisie>;
  /** The referent's email, when the column is there (null: no referent). */
  conseillerEmail?: string | null;
  statut?: JeuneStatut;
  consentEmail?: boolean;
  consentSms?: boolean;
  /** The number already parsed (E.164 and mobile or not), when the quick check read it. */
  telephone?: ParsedTelephone;
}

export interface RejectedRow {
  line: number;
  idExterne: string | null;
  colonne: string | null;
  motif: string;
}

export const isRejected = (r: ParsedRow | RejectedRow): r is RejectedRow => 'motif' in r;

/** One CSV record → the fields of a jeune, checked as the API checks them, or the reason why not. */
export function parseRow(record: CsvRecord, header: HeaderMap): ParsedRow | RejectedRow {
  // A clone of the header's fields: stores into existing properties keep it a fast object.
  const plain: ImportPlain = { ...header.champs };
  const reject = (colonne: string | null, motif: string): RejectedRow => ({
    line: record.line,
    idExterne: typeof plain.idExterne === 'string' && plain.idExterne ? plain.idExterne : null,
    colonne,
    motif,
  });
  // The referent and the status are the import's, not the DTO's: kept apart as they are read
  // (an object rest `{ a, b, ...fields }` per row costs more than the rest of this loop).
  const own: ImportPlain = {};
  for (const { def, index } of header.columns) {
    try {
      const value = def.parse(record.cells[index] ?? '');
      if (value === undefined) continue;
      if (def.field === 'conseillerId' || def.field === 'statut') own[def.field] = value;
      else plain[def.field] = value;
    } catch (error) {
      if (error instanceof CellError) return reject(def.colonne, error.message);
      throw error;
    }
  }
  if (!plain.idExterne) {
    return reject(
      'id_externe',
      "L'identifiant externe est obligatoire : l'import s'appuie dessus.",
    );
  }
  const { conseillerId, statut } = own;
  // Nearly every row passes the quick check; the others get the DTO's own wording.
  let dto = quickDto(plain);
  if (!dto) {
    const instance = plainToInstance(CreateJeuneDto, plain);
    const errors = flattenValidationErrors(validateSync(instance, { stopAtFirstError: true }));
    if (errors.length > 0) {
      const first = errors[0];
      return reject(columnOf(first.field, header), first.message.replace(/^« [^»]+ » /, ''));
    }
    dto = instance as unknown as QuickDto;
  }
  const row: ParsedRow = {
    line: record.line,
    idExterne: dto.idExterne as string,
    saisie: pickSaisie(dto),
  };
  if (header.columns.some((c) => c.def.field === 'conseillerId')) {
    row.conseillerEmail = (conseillerId as string | null) ?? null;
  }
  if (statut) row.statut = statut as JeuneStatut;
  if (dto.consentEmail !== undefined) row.consentEmail = dto.consentEmail as boolean;
  if (dto.consentSms !== undefined) row.consentSms = dto.consentSms as boolean;
  if (dto.telephoneParsed) row.telephone = dto.telephoneParsed;
  return row;
}
