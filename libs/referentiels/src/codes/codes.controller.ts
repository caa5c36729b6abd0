import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ROME_DOMAINES } from '../rome/rome-domaines';
import {
  CodeLibelle,
  EXPERIENCES,
  NATURES_CONTRAT,
  NIVEAUX_DIPLOME,
  TYPES_CONTRAT,
} from './codes-offre';

class CodeLibelleView {
  @ApiProperty() code: string;
  @ApiProperty() libelle: string;
}

export class CodesView {
  @ApiProperty({ type: [CodeLibelleView] }) typesContrat: readonly CodeLibelle[];
  @ApiProperty({ type: [CodeLibelleView] }) naturesContrat: readonly CodeLibelle[];
  @ApiProperty({ type: [CodeLibelleView] }) experiences: readonly CodeLibelle[];
  @ApiProperty({ type: [CodeLibelleView] }) niveauxDiplome: readonly CodeLibelle[];
  @ApiProperty({ type: [CodeLibelleView] }) domainesRome: readonly CodeLibelle[];
}

@ApiTags('Référentiels')
@ApiBearerAuth()
@Controller('referentiels/codes')
export class CodesController {
  @Get()
  @ApiOperation({ summary: "Les listes de codes d'une offre, avec leurs libellés" })
  @ApiOkResponse({ type: CodesView })
  list(): CodesView {
    return {
      typesContrat: TYPES_CONTRAT,
      naturesContrat: NATURES_CONTRAT,
      experiences: EXPERIENCES,
      niveauxDiplome: NIVEAUX_DIPLOME,
      domainesRome: ROME_DOMAINES,
    };
  }
}
