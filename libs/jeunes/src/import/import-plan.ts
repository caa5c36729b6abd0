import { randomUUID } from 'node:crypto';
import { sameValue } from '../domain/changes';
import { Canal, ConsentSource, JeuneStatut } from '../domain/jeune-codes';
import { Jeune } from '../entities/jeune.entity';
import { CHAMPS_MATCHING } from '../profile/jeune-rules';
import { JeuneDerivees, JeuneSaisie, JeuneValues } from '../profile/jeune-values';
import { cellule, copyArray } from './bulk-sql';
import { CONSENT, DERIVED, ImportStaging, STAGED } from './import-staging';
import { ParsedRow } from './import-row';

export type ImportStatut = 'cree' | 'modifie' | 'inchange' | 'rejete';

export interface ImportLigne {
  ligne: number;
  idExterne: string | null;
  statut: ImportStatut;
  jeuneId?: string;
  /** For updates: the fields that changed (names only). */
  champs?: string[];
  colonne?: string | null;
  motif?: string;
}

/** STAGED[1 … VALUES_END - 1]: the entry and what is derived from it (JeuneValues). */
const VALUES_END = STAGED.indexOf(CONSENT.email[0]);
const DERIVEES = new Set<string>([...DERIVED, 'communeInsee', 'telephone']);

/** An entry and what was derived from it, read as one (JeuneValues) without merging them. */
export class ImportValues {
  constructor(
    readonly saisie: JeuneSaisie,
    readonly derivees: JeuneDerivees,
  ) {}

  get(k: keyof JeuneValues): unknown {
    return DERIVEES.has(k)
      ? this.derivees[k as keyof JeuneDerivees]
      : this.saisie[k as keyof JeuneSaisie];
  }
}
const MATCHING = new Set<string>(CHAMPS_MATCHING);
const CANAUX: Canal[] = ['email', 'sms'];
const COPY_PIECE = 65_536;

/**
 * The writes of one batch, collected row by row as the COPY text of one staging table: the
 * jeunes' columns, then flags from which the SQL derives the consent history, status log, audit
 * and outbox events (import-staging.ts). Unchanged rows are not staged.
 */
export class ImportPlan {
  private readonly pieces: string[] = [];
  private piece = '';
  private readonly nowIso: string;

  constructor(
    private readonly staging: ImportStaging,
    now: Date,
  ) {
    this.nowIso = now.toISOString();
  }

  create(row: ParsedRow, values: ImportValues): ImportLigne {
    const id = randomUUID();
    const statut = row.statut ?? JeuneStatut.ACTIF;
    let line = id + this.values(values);
    let logs = '';
    for (const canal of CANAUX) {
      const donne = canal === 'email' ? row.consentEmail : row.consentSms;
      if (donne === undefined) {
        line += '\tf\t\\N\t\\N';
        logs += '\tf';
      } else {
        line += `\t${donne ? 't' : 'f'}\t${this.nowIso}\t${ConsentSource.IMPORT}`;
        logs += '\tt';
      }
    }
    line += `\t${statut}\t1\t${this.nowIso}\tt${logs}\tt\t\\N\t${copyArray(Object.keys(row.saisie))}\tt\n`;
    this.push(line);
    return { ligne: row.line, idExterne: row.idExterne, statut: 'cree', jeuneId: id };
  }

  update(row: ParsedRow, current: Jeune, values: ImportValues): ImportLigne {
    const champs = this.changed(current, values);
    let consents = '';
    let logs = '';
    for (const canal of CANAUX) {
      const [flag, at, source] = CONSENT[canal];
      const donne = canal === 'email' ? row.consentEmail : row.consentSms;
      // A consent the jeune or the conseiller changed is theirs: a re-import does not override it.
      const ownedByImport = current[source] === null || current[source] === ConsentSource.IMPORT;
      if (ownedByImport && donne !== undefined && current[flag] !== donne) {
        consents += `\t${donne ? 't' : 'f'}\t${this.nowIso}\t${ConsentSource.IMPORT}`;
        logs += '\tt';
        champs.push(flag);
      } else {
        consents += `\t${current[flag] ? 't' : 'f'}\t${current[at]?.toISOString() ?? '\\N'}\t${current[source] ?? '\\N'}`;
        logs += '\tf';
      }
    }
    const transition = !!row.statut && row.statut !== current.statut;
    if (transition) champs.push('statut');
    const base = { ligne: row.line, idExterne: row.idExterne, jeuneId: current.id };
    if (champs.length === 0) return { ...base, statut: 'inchange' };
    const matching = champs.some((c) => MATCHING.has(c));
    const statut = transition ? row.statut! : current.statut;
    const version = current.version + (matching ? 1 : 0);
    this.push(
      `${current.id}${this.values(values)}${consents}\t${statut}\t${version}\t${this.nowIso}` +
        `\tf${logs}\t${transition ? 't' : 'f'}\t${current.statut}\t${copyArray(champs)}\t${matching ? 't' : 'f'}\n`,
    );
    return { ...base, statut: 'modifie', champs };
  }

  /** The staged rows, then the other tables' rows derived from them, in the transaction `m`. */
  write(ctx: Parameters<ImportStaging['write']>[1]): Promise<void> {
    if (this.piece) this.pieces.push(this.piece);
    this.piece = '';
    return this.pieces.length ? this.staging.write(this.pieces, ctx) : Promise.resolve();
  }

  /** The cells of the entry and its derived fields, each after a tab. */
  private values(values: ImportValues): string {
    const cols = this.staging.cols;
    let cells = '';
    for (let i = 1; i < VALUES_END; i++) {
      cells += '\t' + cellule(cols[i], values.get(STAGED[i] as keyof JeuneValues));
    }
    return cells;
  }

  /** The fields whose value differs from the stored one, in the entity's column order. */
  private changed(current: Jeune, values: ImportValues): string[] {
    const champs: string[] = [];
    for (const k of this.staging.ordre) {
      const v = values.get(k);
      if (v !== undefined && !sameValue(current[k], v)) champs.push(k);
    }
    return champs;
  }

  private push(line: string): void {
    this.piece += line;
    if (this.piece.length >= COPY_PIECE) {
      this.pieces.push(this.piece);
      this.piece = '';
    }
  }
}
