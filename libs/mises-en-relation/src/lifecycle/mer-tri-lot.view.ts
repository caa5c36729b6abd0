import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MerStatut } from './mer-statut';

/** Why one line of a bulk screening was not applied. */
export class LigneTriErreur {
  @ApiProperty({ example: 'MER_TRANSITION_INTERDITE' }) code: string;
  /** The HTTP status this line alone would have had. */
  @ApiProperty({ description: 'Le statut HTTP qu’aurait eu cette ligne seule', example: 409 })
  status: number;
  @ApiProperty() detail: string;
  /** Nothing was written for this line and sending it again may work (the database failed). */
  @ApiProperty({ description: 'Rien n’a été écrit : renvoyer la ligne peut réussir' })
  reessayable: boolean;
  /** Where the MER stands now, when known. */
  @ApiPropertyOptional({ enum: MerStatut, description: 'Le statut actuel, quand il est connu' })
  statut?: unknown;
}

export class LigneTri {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['retenir', 'ecarter'] }) action: 'retenir' | 'ecarter';
  /** Applied: the MER is now `statut`. */
  @ApiProperty({ description: 'Appliquée : la mise en relation est maintenant `statut`' })
  ok: boolean;
  @ApiPropertyOptional({ enum: MerStatut }) statut?: MerStatut;
  @ApiPropertyOptional({ type: LigneTriErreur }) erreur?: LigneTriErreur;
}

/** The answer of `POST mises-en-relation/tri`: one result per line, and the counts. */
export class ResultatTri {
  @ApiProperty({ type: [LigneTri] }) resultats: LigneTri[];
  @ApiProperty() appliquees: number;
  @ApiProperty() refusees: number;
  @ApiProperty({ description: 'Lignes en erreur de base de données, à renvoyer telles quelles' })
  aRenvoyer: number;
}
