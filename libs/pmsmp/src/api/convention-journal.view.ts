import { ApiProperty } from '@nestjs/swagger';
import { ConventionStatut } from '../domain/pmsmp-codes';
import { ConventionTransition } from '../entities/convention-transition.entity';

/** One line of an agreement's log: who, when, from which status to which, why. */
export class ConventionJournalView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) conventionId: string;
  @ApiProperty() action: string;
  @ApiProperty({ enum: ConventionStatut, nullable: true }) fromStatut: ConventionStatut | null;
  @ApiProperty({ enum: ConventionStatut }) toStatut: ConventionStatut;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) byUserId: string | null;
  @ApiProperty() byRole: string;
  @ApiProperty({ type: String, nullable: true }) motif: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  details: Record<string, unknown> | null;
  @ApiProperty({ type: String, format: 'date-time' }) at: Date;

  static of(t: ConventionTransition): ConventionJournalView {
    const { id, conventionId, action, fromStatut, toStatut, byUserId, byRole } = t;
    const { motif, details, at } = t;
    return { id, conventionId, action, fromStatut, toStatut, byUserId, byRole, motif, details, at };
  }
}

/** The signatories who were sent their link again. */
export class RenvoiView {
  @ApiProperty({ description: 'Liens renvoyés aux signataires manquants' }) envoyes: number;
}
