import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ContenuSaisiDto } from './convention-contenu.dto';

/** A draft as the form holds it: the jeune and the host, and whatever is keyed in so far. */
export class VerifierConventionDto extends PartialType(ContenuSaisiDto) {
  @ApiProperty({ format: 'uuid' }) @IsUUID() jeuneId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() entrepriseId: string;
}

export class ProblemeView {
  @ApiProperty({ example: 'horaires[0].plages' }) field: string;
  @ApiProperty({ example: 'max_jour_mineur' }) code: string;
  @ApiProperty() message: string;
}

export class TotauxView {
  @ApiProperty() heuresTotal: number;
  @ApiProperty() joursPresence: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Lundi de la semaine → heures',
  })
  heuresParSemaine: Record<string, number>;
}

/** The rules' answer on a draft: what blocks (erreurs), what the law allows with a reason. */
export class VerificationView {
  @ApiProperty({ type: [ProblemeView] }) erreurs: ProblemeView[];
  @ApiProperty({ type: [ProblemeView] }) avertissements: ProblemeView[];
  @ApiProperty({ description: 'Moins de 18 ans au premier jour' }) mineur: boolean;
  @ApiPropertyOptional({ type: TotauxView }) totaux: TotauxView;
}
